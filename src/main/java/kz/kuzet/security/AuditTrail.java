package kz.kuzet.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Appends entries to the hash-chained audit trail, inside the caller's transaction, so a change and its audit
 * entry commit together or not at all. Appends are serialised through the chain's head row, also across
 * workstations. There is deliberately no way to change or delete an entry.
 *
 * <p>The chain's head stays locked from the first append until the transaction ends, so append as the LAST step
 * of a unit of work (after the slow parts of an import or an export), keeping other workstations' waits short.
 */
public final class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** A change of an entity: the state before and after (null for creation or removal). */
    public AuditEntry change(EntityManager em, String actor, String action, String entity, Long entityId,
            Long recordId, Map<String, ?> before, Map<String, ?> after) {
        return append(em, actor, action, entity, entityId, recordId, toJson(before), toJson(after));
    }

    /** A change of an entity by an actor (see {@link #change(EntityManager, String, String, String, Long, Long, Map, Map)}). */
    public AuditEntry change(EntityManager em, Actor actor, String action, String entity, Long entityId,
            Long recordId, Map<String, ?> before, Map<String, ?> after) {
        return change(em, actor.name(), action, entity, entityId, recordId, before, after);
    }

    /** An event with no entity state, e.g. a log-in or an export. */
    public AuditEntry event(EntityManager em, String actor, String action, Map<String, ?> details) {
        return append(em, actor, action, null, null, null, null, toJson(details));
    }

    /** An event by an actor: an export, an import, a notice sent. */
    public AuditEntry event(EntityManager em, Actor actor, String action, Map<String, ?> details) {
        return event(em, actor.name(), action, details);
    }

    /** An event about one record (e.g. a notice or a report exported for it). */
    public AuditEntry recordEvent(EntityManager em, Actor actor, String action, long recordId, Map<String, ?> details) {
        return append(em, actor.name(), action, null, null, recordId, null, toJson(details));
    }

    AuditEntry append(EntityManager em, String actor, String action, String entity, Long entityId, Long recordId,
            String before, String after) {
        requireText(actor, "actor", 100);
        requireText(action, "action", 60);
        if (entity != null) {
            requireText(entity, "entity", 60);
        }
        // The head row is locked until this transaction ends: concurrent appends (threads or workstations) wait
        // here and then read the head the winner committed, so two entries never share a predecessor.
        java.util.List<?> heads = em.createNativeQuery(
                "select last_seq, last_hash from audit_head where id = 1 for update").getResultList();
        if (heads.isEmpty()) {
            throw new kz.kuzet.store.StoreException("The audit trail's head row is missing: the database was changed "
                    + "behind the application's back. Nothing was saved. Run 'kuzet audit verify' and call the "
                    + "administrator.");
        }
        Object[] head = (Object[]) heads.get(0);
        long seq = ((Number) head[0]).longValue() + 1;
        String prevHash = (String) head[1];
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(prevHash, seq, at, actor, action, entity, entityId, recordId, before, after);
        AuditEntry entry = new AuditEntry(seq, at, actor, action, entity, entityId, recordId, before, after,
                prevHash, hash);
        em.persist(entry);
        em.createNativeQuery("update audit_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, seq)
                .setParameter(2, hash)
                .executeUpdate();
        return entry;
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("Audit " + what + " must be 1 to " + max + " characters: '" + value + "'");
        }
    }

    static String toJson(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state is not serialisable: " + e.getMessage(), e);
        }
    }
}
