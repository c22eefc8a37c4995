package kz.kuzet.ui.review;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The offline review's strings in Kazakh, Russian and English, and the words of a refusal. */
public final class ReviewText {
    private static final String BASE = "kz.kuzet.i18n.review";

    private final ResourceBundle bundle;

    private ReviewText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ReviewText of(String language) {
        return new ReviewText(ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** A short headline for the kind of refusal. */
    public String headline(Refusal r) {
        String key = "refusal." + r.reason();
        return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("refusal.other");
    }

    /** The one line the command line prints; the dialog says the same. */
    public String oneLine(Refusal r) {
        return get("review.refused.line", r.fileName(), r.message());
    }
}
