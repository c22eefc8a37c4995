package kz.kuzet.security;

import java.util.Locale;

/** One kind of action a role may be allowed; services check these, the UI only mirrors them. */
public enum Permission {
    /** See records, detections, clocks, notices and reports (a coordinator: only their state body's). */
    RECORD_READ("read records"),
    /** Create, triage, edit and close records; add recommendations and measures. */
    RECORD_CHANGE("change records"),
    /** Assign records, decide on-site dispatch and escalation, sign summaries (the shift lead's calls). */
    RECORD_ASSIGN("assign records and decide dispatch and escalation"),
    /**
     * Add the follow-up of a record: the state body's report, measures taken, recommendations (a coordinator:
     * on their state body's records).
     */
    RECORD_FOLLOW_UP("record reports, measures and recommendations"),
    /** See state bodies, monitored objects, contour ranges and sensors. */
    REGISTRY_READ("read the registry"),
    /** Change state bodies, objects, ranges and sensors (a coordinator: only their state body's). */
    REGISTRY_CHANGE("change the registry"),
    /** Prepare notices. */
    NOTICE_PREPARE("prepare notices"),
    /** Sign off and send notices. */
    NOTICE_SEND("send notices"),
    /** Import detections, annexes and packages. */
    DATA_IMPORT("import data"),
    /** Export documents and spreadsheets. */
    DATA_EXPORT("export data"),
    /** Read the audit trail and verify it. */
    AUDIT_READ("read the audit trail"),
    /** Create users, change roles, unlock accounts. */
    USER_MANAGE("manage users"),
    /** Change the application's settings. */
    SETTINGS_MANAGE("change settings"),
    /** Load the demo world into a database. */
    DEMO_LOAD("load demo data");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** What the permission allows, in words for messages: "read records". */
    public String description() {
        return description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
