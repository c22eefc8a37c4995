package kz.kuzet.ui.registry;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** The registry screens' strings in the language showing now (the view-models outlive a language switch). */
final class FormText {

    private final Supplier<ResourceBundle> bundle;

    FormText(Supplier<ResourceBundle> bundle) {
        this.bundle = bundle;
    }

    String get(String key, Object... args) {
        String pattern = bundle.get().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.get().getLocale()).format(args);
    }

    ResourceBundle bundle() {
        return bundle.get();
    }
}
