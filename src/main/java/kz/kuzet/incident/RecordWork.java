package kz.kuzet.incident;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/**
 * The shared shape of every change to a record: load it, refuse a stale version, apply the change, bump the
 * version (also when only a child row was added, so other workstations notice), audit before/after, note the
 * change in the feed — all in one transaction.
 */
final class RecordWork {

    static final String STALE = "Another analyst changed record %d after you opened it (you saw version %d, it is "
            + "now %d). Reload to see their change; what you typed is kept, apply it again.";

    private final Transactions tx;
    private final AuditTrail audit;
    private final ChangeFeed feed;
    private final Clock clock;
    private final AccessGuard guard;

    RecordWork(Transactions tx, AuditTrail audit, ChangeFeed feed, Clock clock, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
        this.guard = guard;
    }

    Instant now() {
        return clock.instant();
    }

    Transactions tx() { return tx; }
    AccessGuard guard() { return guard; }
    AuditTrail audit() { return audit; }
    ChangeFeed feed() { return feed; }

    /** Applies a change to one record; returns the record's new version. */
    long change(Actor actor, Permission permission, String action, VersionedId seen,
            Consumer<ChangeContext> change) {
        guard.require(actor, permission);
        return tx.call(em -> {
            IncidentRecord record = load(em, seen);
            guard.requireForBody(actor, permission, record.getStateBody().getId(),
                    record.getStateBody().getCode(), "record " + record.getId());
            Map<String, Object> before = snapshot(record);
            em.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            ChangeContext context = new ChangeContext(em, record, clock.instant());
            change.accept(context);
            em.flush();
            Map<String, Object> after = snapshot(record);
            after.putAll(context.details);
            audit.change(em, actor.name(), action, "incident_record", record.getId(), record.getId(), before, after);
            feed.note(em, "incident_record", record.getId());
            return record.getVersion();
        });
    }

    static IncidentRecord load(EntityManager em, VersionedId seen) {
        IncidentRecord record = em.find(IncidentRecord.class, seen.id());
        if (record == null) {
            throw new IllegalArgumentException("There is no record " + seen.id() + ".");
        }
        if (record.getVersion() != seen.version()) {
            throw new ConcurrentChangeException(String.format(STALE, seen.id(), seen.version(), record.getVersion()),
                    null);
        }
        return record;
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty: write it, then save again.");
        }
        return text.strip();
    }

    /** The record's fields as the audit trail keeps them. */
    static Map<String, Object> snapshot(IncidentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.getKind().id());
        m.put("status", r.getStatus().name());
        m.put("severity", r.getSeverity().name());
        m.put("category", r.getCategory().name());
        m.put("title", r.getTitle());
        m.put("assignee", r.getAssignee());
        m.put("initial_analysis", r.getInitialAnalysis());
        m.put("detected_at", str(r.getDetectedAt()));
        m.put("sb_notice_sent_at", str(r.getSbNoticeSentAt()));
        m.put("knb_notice_sent_at", str(r.getKnbNoticeSentAt()));
        m.put("sb_report_at", str(r.getSbReportAt()));
        m.put("eliminated_at", str(r.getEliminatedAt()));
        m.put("escalation_notice_at", str(r.getEscalationNoticeAt()));
        m.put("closed_at", str(r.getClosedAt()));
        m.put("version", r.getVersion());
        return m;
    }

    static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    /** What a change sees: the session, the loaded record, the instant of the change, and audit details. */
    static final class ChangeContext {
        final EntityManager em;
        final IncidentRecord record;
        final Instant at;
        final Map<String, Object> details = new LinkedHashMap<>();

        ChangeContext(EntityManager em, IncidentRecord record, Instant at) {
            this.em = em;
            this.record = record;
            this.at = at;
        }

        void detail(String name, Object value) {
            details.put(name, value);
        }
    }
}
