package kz.kuzet.clock;

public enum ClockState {
    /** The clock has not started: its starting fact has not happened yet. */
    PENDING,
    /** Started, not satisfied, due instant not passed (at or before due counts as within). */
    RUNNING,
    /** Due instant passed without the satisfying fact. */
    OVERDUE,
    /** Satisfied at or before due. */
    MET,
    /** Satisfied after due. */
    LATE,
    /** Escalation clock only: overdue, and the escalation notice has been sent. */
    ESCALATED,
    /** The clock does not apply to this kind of record. */
    NOT_APPLICABLE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the clock still asks for something to be done. */
    public boolean isOpen() {
        return this == RUNNING || this == OVERDUE;
    }
}
