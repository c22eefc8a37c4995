package kz.kuzet.ui.console;

/** The console's screens, in navigation order. */
public enum Screen {
    DETECTIONS, RECORDS, UNATTRIBUTED, REGISTRY, REPORTS, AUDIT, RECORD
}
