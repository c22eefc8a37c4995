package kz.kuzet.registry;

import java.util.Locale;
import java.util.ResourceBundle;

/** The registry's own strings (annex form, screens) in Kazakh, Russian and English. */
public final class RegistryText {
    private static final String BASE = "kz.kuzet.i18n.registry";

    private RegistryText() {
    }

    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
