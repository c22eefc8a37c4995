package kz.kuzet.incident;

import java.time.Instant;

/**
 * One line of a record's timeline. {@code type} names what happened (detection, notice (sent), notice_made (not sent), recommendation, measure,
 * dispatch, report, or {@code audit:<action>} for a change from the audit trail); {@code actor} may be null.
 * {@code origin} is null for what happened in this database; for an audit entry that came with an imported
 * package it says which package brought it.
 */
public record TimelineEntry(Instant at, String type, String actor, String text, Origin origin) {

    public TimelineEntry(Instant at, String type, String actor, String text) {
        this(at, type, actor, text, null);
    }

    public boolean imported() {
        return origin != null;
    }

    /**
     * The package an imported entry came with: its signer as this computer's trust list names it, the key's
     * fingerprint, when the origin exported it and when it was imported here.
     */
    public record Origin(String packageId, String signer, String signerFingerprint, Instant exportedAt,
            Instant importedAt) {
    }
}
