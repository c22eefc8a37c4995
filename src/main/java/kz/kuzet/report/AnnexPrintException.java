package kz.kuzet.report;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * The annex cannot be printed (no such body, no committed annex, a language the form does not exist in). The
 * message is in English; {@link #message(ResourceBundle)} gives it in the user's language.
 */
public final class AnnexPrintException extends IllegalArgumentException {

    private final String key;
    private final Object[] args;

    AnnexPrintException(String key, Object... args) {
        super(MessageFormat.format(AnnexTexts.bundle("en").getString("print.error." + key), args));
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toArray();
    }

    /** The message from the {@code kz.kuzet.i18n.annex} bundle given. */
    public String message(ResourceBundle text) {
        return MessageFormat.format(text.getString("print.error." + key), args);
    }

    public String message(String language) {
        return message(AnnexTexts.bundle(language));
    }
}
