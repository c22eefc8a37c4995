package kz.kuzet.notice;

import java.util.List;
import java.util.Locale;

/** The language a recipient reads: Kazakh, Russian, or both one after the other (Kazakh first). */
public enum NoticeLanguage {
    KK("kk", List.of("kk")),
    RU("ru", List.of("ru")),
    BOTH("both", List.of("kk", "ru"));

    private final String code;
    private final List<String> languages;

    NoticeLanguage(String code, List<String> languages) {
        this.code = code;
        this.languages = languages;
    }

    /** The value stored in {@code notice.language}. */
    public String code() {
        return code;
    }

    public List<String> languages() {
        return languages;
    }

    public static NoticeLanguage of(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (NoticeLanguage l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        if (c.equals("kk+ru") || c.equals("kk,ru")) {
            return BOTH;
        }
        throw new IllegalArgumentException("Unknown notice language '" + code + "': use kk, ru or both.");
    }
}
