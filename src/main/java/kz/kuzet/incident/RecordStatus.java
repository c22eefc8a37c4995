package kz.kuzet.incident;

/** The lifecycle of a record. */
public enum RecordStatus {
    OPEN, IN_PROGRESS, ESCALATED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
