package kz.kuzet.notice;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The notice wording in one language, from the {@code kz.kuzet.i18n.notice} bundles; times in Asia/Almaty. */
final class NoticeTexts {

    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final String language;
    private final ResourceBundle bundle;

    NoticeTexts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("kz.kuzet.i18n.notice", Locale.forLanguageTag(language));
    }

    String language() {
        return language;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** An instant as the letter shows it: Almaty date and time to the second, with the zone named. */
    String time(Instant at) {
        return get("time", DATE_TIME.format(at.atZone(ZONE)));
    }

    String shortTime(Instant at) {
        return at == null ? "—" : DATE_TIME_SHORT.format(at.atZone(ZONE));
    }

    String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }
}
