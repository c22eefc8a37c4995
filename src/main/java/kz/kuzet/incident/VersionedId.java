package kz.kuzet.incident;

/** An entity as the caller last saw it: its id and the version it had then (optimistic locking). */
public record VersionedId(long id, long version) {
}
