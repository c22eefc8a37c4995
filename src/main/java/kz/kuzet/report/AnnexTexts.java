package kz.kuzet.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.registry.RegistryText;

/**
 * The words of the printed annex: the form's own wording (title, columns, sections) from the registry bundle, the
 * rest (quarter line, totals, signature block, footer) from {@code kz.kuzet.i18n.annex}.
 */
final class AnnexTexts {

    static final String BASE = "kz.kuzet.i18n.annex";

    private final ResourceBundle form;
    private final ResourceBundle own;
    private final Locale locale;

    AnnexTexts(String language) {
        this.form = RegistryText.bundle(language);
        this.own = bundle(language);
        this.locale = Locale.forLanguageTag(language);
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String form(String key, Object... args) {
        return new MessageFormat(form.getString(key), locale).format(args);
    }

    String get(String key, Object... args) {
        return new MessageFormat(own.getString(key), locale).format(args);
    }
}
