package kz.kuzet.clock;

import java.util.Locale;

/** How a record is classified at triage (clause 2 terms). */
public enum RecordKind {
    FALSE_POSITIVE,
    EVENT,
    INCIDENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
