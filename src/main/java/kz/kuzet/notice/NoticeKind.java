package kz.kuzet.notice;

/** The formal notices of .g, h and k. */
public enum NoticeKind {
    /** To the state body, due 30 minutes after detection. */
    SB,
    /** To KNB, due 3 hours after detection. */
    KNB,
    /** Recommendations letter, any time. */
    RECOMMENDATION,
    /** To the authorized body and KNB when not eliminated 48 hours after detection. */
    ESCALATION
}
