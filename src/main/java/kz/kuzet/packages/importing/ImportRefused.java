package kz.kuzet.packages.importing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A verified package this database cannot take: its state body or an affected object is not in this database's
 * registry. Nothing was imported; the message says what to add first, in kk, ru or en.
 */
public final class ImportRefused extends RuntimeException implements kz.kuzet.text.Explained {

    public enum Reason { UNKNOWN_STATE_BODY, UNKNOWN_OBJECTS }

    private final Reason reason;
    private final Object[] arguments;

    public ImportRefused(Reason reason, Object... arguments) {
        super(format(reason, Locale.ENGLISH, arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String message(Locale locale) {
        return format(reason, locale, arguments);
    }

    private static String format(Reason reason, Locale locale, Object[] arguments) {
        String key = "import." + reason.name().toLowerCase(Locale.ROOT);
        return new MessageFormat(ResourceBundle.getBundle("kz.kuzet.i18n.packages", locale).getString(key), locale)
                .format(arguments);
    }
}
