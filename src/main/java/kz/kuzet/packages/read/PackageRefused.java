package kz.kuzet.packages.read;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A package that is not opened: the reason as a code, and a message saying what is wrong and what to do, in the
 * reader's language. {@link #getMessage()} is the English one.
 */
public final class PackageRefused extends Exception implements kz.kuzet.text.Explained {

    private static final String BUNDLE = "kz.kuzet.i18n.packages";

    private final RefusalReason reason;
    private final Object[] arguments;

    public PackageRefused(RefusalReason reason, Object... arguments) {
        this(reason, null, arguments);
    }

    public PackageRefused(RefusalReason reason, Throwable cause, Object... arguments) {
        super(format(reason, Locale.ENGLISH, arguments), cause);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public RefusalReason reason() {
        return reason;
    }

    /** The message in kk, ru or en (other languages get English). */
    @Override
    public String message(Locale locale) {
        return format(reason, locale, arguments);
    }

    private static String format(RefusalReason reason, Locale locale, Object[] arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString("refused." + reason.code());
        } catch (MissingResourceException e) {
            pattern = reason.code() + " {0} {1} {2}";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
