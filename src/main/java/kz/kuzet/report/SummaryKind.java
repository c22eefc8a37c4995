package kz.kuzet.report;

import java.util.Locale;

/** The two quarterly summaries of the rules. */
public enum SummaryKind {
    /** STS to KNB: threats, CS events and incidents detected, measures the state bodies took. */
    STS_KNB("sts-knb"),
    /** KNB to the authorized body: CS incidents detected and the measures taken. */
    KNB_AUTH("knb-auth");

    private final String id;

    SummaryKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SummaryKind of(String id) {
        String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (SummaryKind k : values()) {
            if (k.id.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown summary '" + id + "': use sts-knb (R-13) or knb-auth (R-14).");
    }
}
