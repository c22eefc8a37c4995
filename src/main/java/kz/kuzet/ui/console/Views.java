package kz.kuzet.ui.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import kz.kuzet.incident.Severity;

/** What every screen needs: loading its FXML with the bundle, display time, names in the current language. */
public final class Views {

    /** Instants are stored UTC and shown in Astana/Almaty time (UTC+5). */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter INPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Views() {
    }

    public static Parent load(String fxml, Object controller, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource("/fxml/" + fxml), bundle);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The layout fxml/" + fxml + " cannot be loaded", e);
        }
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(DISPLAY_ZONE));
    }

    public static String severity(ResourceBundle bundle, Severity s) {
        return s == null ? "" : bundle.getString("severity." + s.name().toLowerCase(Locale.ROOT));
    }

    public static String bodyName(ResourceBundle bundle, String nameKk, String nameRu) {
        return "kk".equals(bundle.getLocale().getLanguage()) ? nameKk : nameRu;
    }

    public static String enumText(ResourceBundle bundle, String prefix, Enum<?> value) {
        return value == null ? "" : bundle.getString(prefix + value.name().toLowerCase(Locale.ROOT));
    }

    /** Shows a note (or nothing) in a label, styled by its kind. */
    public static void bindNote(Label label, javafx.beans.value.ObservableObjectValue<Note> note, ResourceBundle bundle) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> note.getValue() == null ? "" : note.getValue().format(bundle), note));
        label.visibleProperty().bind(Bindings.isNotNull(note));
        label.managedProperty().bind(label.visibleProperty());
        note.addListener((o, was, is) -> {
            label.getStyleClass().removeAll("note-info", "note-warning", "note-error");
            if (is != null) {
                label.getStyleClass().add("note-" + is.kind().name().toLowerCase(Locale.ROOT));
            }
        });
        if (note.getValue() != null) {
            label.getStyleClass().add("note-" + note.getValue().kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Shows a choice's values as {@code show} names them; nothing is typed into these choices. */
    public static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
