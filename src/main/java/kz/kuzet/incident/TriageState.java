package kz.kuzet.incident;

/** Where a detection stands in triage. */
public enum TriageState {
    /** Attributed, waiting for an analyst. */
    NEW,
    /** Could not be attributed to a state body; waits in its own queue. */
    UNATTRIBUTED,
    /** Linked to a record (false positive, CS event or CS incident). */
    TRIAGED
}
