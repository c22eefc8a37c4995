package kz.kuzet.ui.preview;

import java.util.Locale;
import java.util.ResourceBundle;

/** The preview's and the document screens' strings in Kazakh, Russian and English. */
public final class PreviewText {
    private static final String BASE = "kz.kuzet.i18n.preview";

    private PreviewText() {
    }

    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
