package kz.kuzet.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The console's strings in Kazakh, Russian and English. */
public final class Messages {
    private static final String BASE = "kz.kuzet.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
