package kz.kuzet.store;

/** Another workstation changed the same data first (optimistic locking); the caller should reload and retry. */
public class ConcurrentChangeException extends StoreException {
    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
