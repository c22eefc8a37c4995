package kz.kuzet.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What {@code kuzet ingest} and {@code kuzet parse} print, in the language of {@code --lang}. */
final class IngestText {
    private static final String BASE = "kz.kuzet.i18n.ingest";

    private final Locale locale;
    private final ResourceBundle bundle;

    IngestText(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BASE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A count with the language's digit grouping. */
    String count(long n) {
        return String.format(locale, "%,d", n);
    }
}
