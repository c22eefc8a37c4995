package kz.kuzet.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Filter choices: "all" first, then the values, each shown in the current language. */
public final class Choices {

    public static final String ALL = "*";

    private Choices() {
    }

    public static <E extends Enum<E>> void fill(ComboBox<String> box, ResourceBundle bundle, String prefix,
            String allKey, List<E> values) {
        List<String> ids = new ArrayList<>();
        ids.add(ALL);
        values.forEach(v -> ids.add(v.name()));
        box.getItems().setAll(ids);
        box.setConverter(converter(id -> ALL.equals(id) ? bundle.getString(allKey)
                : bundle.getString(prefix + id.toLowerCase(Locale.ROOT))));
        box.setValue(ALL);
    }

    public static <E extends Enum<E>> E value(ComboBox<String> box, Class<E> type) {
        String v = box.getValue();
        return v == null || ALL.equals(v) ? null : Enum.valueOf(type, v);
    }

    public static void select(ComboBox<String> box, Enum<?> value) {
        box.setValue(value == null ? ALL : value.name());
    }

    public static StringConverter<String> converter(Function<String, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : show.apply(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
