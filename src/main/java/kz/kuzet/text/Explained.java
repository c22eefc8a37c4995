package kz.kuzet.text;

import java.util.Locale;

/**
 * A failure that can say what went wrong, and what to do, in the reader's language. {@code getMessage()} stays in
 * English for logs, the audit trail and the command line; screens ask for {@link #message(Locale)}.
 */
public interface Explained {

    String message(Locale locale);

    /** The first explained failure in the cause chain, in {@code locale}; else the root cause's own message. */
    static String of(Throwable failure, Locale locale) {
        Throwable t = failure;
        Throwable root = failure;
        while (t != null) {
            if (t instanceof Explained explained) {
                return explained.message(locale);
            }
            root = t;
            t = t.getCause() == t ? null : t.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
