package kz.kuzet.packages.content;

import java.time.Instant;

/** An audit entry of the origin database concerning the record, exactly as its chain holds it. */
public record PackagedAuditEntry(long seq, Instant at, String actor, String action, String entity, Long entityId,
        Long recordId, String beforeState, String afterState, String prevHash, String hash) {
}
