package kz.kuzet.security;

import java.time.Instant;

/** One audit entry as lists and the audit view show it. */
public record AuditRow(long seq, Instant at, String actor, String action, String entity, Long entityId,
        Long recordId, String before, String after, String hash) {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getSeq(), e.getAt(), e.getActor(), e.getAction(), e.getEntity(), e.getEntityId(),
                e.getRecordId(), e.getBeforeState(), e.getAfterState(), e.getHash());
    }
}
