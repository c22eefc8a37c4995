package kz.kuzet.registry.annex;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kz.kuzet.registry.RegistryText;

/**
 * The file cannot be read as an annex at all (not a spreadsheet, a zip bomb, too big, no header …). The reason is
 * a message key ({@code file.*} in {@code kz.kuzet.i18n.annex}) with its arguments: {@link #getMessage()} says it
 * in English (the command line), {@link #message(Locale)} in the user's language (the console).
 */
public class AnnexFileException extends IllegalArgumentException implements kz.kuzet.text.Explained {

    static final String BUNDLE = "kz.kuzet.i18n.annex";
    /** An argument naming annex columns ({@code fields:ip_address,operating_system}) is shown as their labels. */
    static final String FIELDS = "fields:";

    private final String key;
    private final List<String> args;

    private AnnexFileException(String key, List<String> args, Throwable cause) {
        super(format(bundle(Locale.ENGLISH), key, args), cause);
        this.key = key;
        this.args = args;
    }

    static AnnexFileException of(String key, Object... args) {
        return new AnnexFileException(key, strings(args), null);
    }

    static AnnexFileException caused(Throwable cause, String key, Object... args) {
        return new AnnexFileException(key, strings(args), cause);
    }

    /** The key in {@code kz.kuzet.i18n.annex} without its {@code file.} prefix, e.g. {@code zipBomb}. */
    public String key() {
        return key;
    }

    /** What is wrong, in the language given (kk, ru, en). */
    @Override
    public String message(Locale language) {
        return format(bundle(language), key, args);
    }

    public String message(String language) {
        return message(Locale.forLanguageTag(language));
    }

    private static String format(ResourceBundle text, String key, List<String> args) {
        Object[] shown = args.stream().map(a -> a.startsWith(FIELDS) ? fields(text.getLocale(),
                a.substring(FIELDS.length())) : a).toArray();
        return MessageFormat.format(text.getString("file." + key), shown);
    }

    private static String fields(Locale language, String ids) {
        ResourceBundle registry = RegistryText.bundle(language.getLanguage().isEmpty() ? "en" : language.getLanguage());
        return String.join(", ", Arrays.stream(ids.split(",")).map(id -> {
            try {
                return registry.getString("annex.field." + id);
            } catch (MissingResourceException e) {
                return id;
            }
        }).toList());
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> strings(Object[] args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
