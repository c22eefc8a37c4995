package kz.kuzet.ui.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import kz.kuzet.ui.console.Views;

/** What the registry's forms share: Enter saves, Esc cancels, the field found wrong is marked, enums in words. */
final class Forms {

    private Forms() {
    }

    /** Enter saves (Ctrl+Enter inside a multi-line field), Esc puts the form back as it was loaded. */
    static void keys(Node form, Runnable save, Runnable cancel) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node target = e.getTarget() instanceof Node n ? n : null;
            ComboBoxBase<?> chooser = ancestor(target, ComboBoxBase.class);
            if (chooser != null && chooser.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && (!(target instanceof TextArea) || e.isShortcutDown())) {
                e.consume();
                commitTypedDate(ancestor(target, DatePicker.class));
                save.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            }
        });
    }

    /** A date typed but not yet confirmed counts, as if Enter had reached the date field first. */
    private static void commitTypedDate(DatePicker picker) {
        if (picker == null || picker.getEditor().getText() == null) {
            return;
        }
        try {
            picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
        } catch (DateTimeParseException ignored) {
            // left as it was: the form's check says the date is missing or wrong
        }
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    /** Marks the field the view-model names as wrong (and moves the focus to it); clears the mark otherwise. */
    /**
     * The table's rows narrowed to those whose words contain what is typed in {@code filter} (any case), sorted as
     * the table's columns say.
     */
    static <T> javafx.collections.transformation.SortedList<T> filteredSorted(
            javafx.collections.ObservableList<T> rows, javafx.scene.control.TextField filter,
            javafx.scene.control.TableView<T> table, java.util.function.Function<T, String> words) {
        javafx.collections.transformation.FilteredList<T> filtered =
                new javafx.collections.transformation.FilteredList<>(rows);
        filtered.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String f = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(java.util.Locale.ROOT);
            return r -> f.isEmpty() || words.apply(r).toLowerCase(java.util.Locale.ROOT).contains(f);
        }, filter.textProperty()));
        javafx.collections.transformation.SortedList<T> sorted = new javafx.collections.transformation.SortedList<>(
                filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    /**
     * A state-body choice that starts on the first body once the list arrives, so a list screen never opens on an
     * empty table that reads as "this body has nothing".
     */
    static void firstBodyUnlessChosen(javafx.scene.control.ComboBox<String> choice) {
        Runnable pick = () -> {
            if (choice.getValue() == null && !choice.getItems().isEmpty()) {
                choice.setValue(choice.getItems().get(0));
            }
        };
        choice.getItems().addListener((javafx.collections.ListChangeListener<String>) change -> pick.run());
        pick.run();
    }

    static void markInvalid(ObservableValue<String> invalidField, Map<String, Node> fields) {
        invalidField.addListener((o, was, is) -> fields.forEach((name, node) -> {
            node.getStyleClass().remove("field-invalid");
            if (name.equals(is)) {
                node.getStyleClass().add("field-invalid");
                node.requestFocus();
            }
        }));
    }

    /** An enum shown as {@code prefix + lower-case name} from the bundle. */
    static <E extends Enum<E>> StringConverter<E> words(ResourceBundle text, String prefix) {
        return Views.converter(e -> text.getString(prefix + e.name().toLowerCase(Locale.ROOT)));
    }

    /** Dates typed and shown as 2026-11-25, as everywhere in the console (not in the system's locale). */
    static void isoDates(DatePicker... pickers) {
        StringConverter<LocalDate> iso = new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
            }
        };
        for (DatePicker p : pickers) {
            p.setConverter(iso);
        }
    }
}
