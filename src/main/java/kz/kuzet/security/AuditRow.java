package kz.kuzet.security;

import java.time.Instant;

/**
 * One audit entry as lists and the audit view show it. {@code seq} and {@code hash} place it in this database's
 * chain; an entry that came with an imported package is in no local chain: both are null and {@code origin} says
 * where it came from (null for local entries).
 */
public record AuditRow(Long seq, Instant at, String actor, String action, String entity, Long entityId,
        Long recordId, String before, String after, String hash, Origin origin) {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getSeq(), e.getAt(), e.getActor(), e.getAction(), e.getEntity(), e.getEntityId(),
                e.getRecordId(), e.getBeforeState(), e.getAfterState(), e.getHash(), null);
    }

    public boolean imported() {
        return origin != null;
    }

    /**
     * The package an imported entry came with (its id, its signer as this computer's trust list names it, the key's
     * fingerprint, when it was exported and imported, by whom) and the entry's place in the origin's chain.
     */
    public record Origin(String packageId, String signer, String signerFingerprint, Instant exportedAt,
            Instant importedAt, String importedBy, Long originRecordId, long seq, String prevHash, String hash) {
    }
}
