package kz.kuzet.clock;

/** The regulation's deadlines, by the names used in data, the CLI and the UI bundles. */
public enum ClockName {
    /** .g: notify the state body within 30 minutes of detection. */
    SB_NOTICE("sb_notice"),
    /** .g: notify KNB within 3 hours of detection. */
    KNB_NOTICE("knb_notice"),
    /** R-12.e: the state body reports within 48 hours of receiving the notice. */
    SB_REPORT("sb_report"),
    /** .k: escalate to the authorized body and KNB when not eliminated 48 hours after detection. */
    ESCALATION("escalation");

    private final String id;

    ClockName(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
