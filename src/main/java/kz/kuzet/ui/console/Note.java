package kz.kuzet.ui.console;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import kz.kuzet.text.Explained;

/**
 * A message for the analyst, kept as a bundle key and its arguments so it is shown in the language of the
 * moment, also after a switch. An argument that is itself a note is shown in that language too.
 */
public record Note(Kind kind, String key, Object... args) {

    public enum Kind { INFO, WARNING, ERROR }

    public static Note info(String key, Object... args) {
        return new Note(Kind.INFO, key, args);
    }

    public static Note warning(String key, Object... args) {
        return new Note(Kind.WARNING, key, args);
    }

    public static Note error(String key, Object... args) {
        return new Note(Kind.ERROR, key, args);
    }

    /** Arguments that are failures explaining themselves, or notes, are said in the bundle's language. */
    public String format(ResourceBundle bundle) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Explained e ? e.message(bundle.getLocale())
                    : args[i] instanceof Note n ? n.format(bundle) : args[i];
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(shown);
    }
}
