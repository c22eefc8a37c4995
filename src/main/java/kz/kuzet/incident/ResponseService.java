package kz.kuzet.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.Notice;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.registry.Sensor;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.store.Transactions;

/**
 * Response to an open record: recommendations (R-10.3.h), containment through a sensor (R-10.3.i), on-site
 * dispatch (R-10.3.j), the state body's report (R-12.e), causes eliminated, notices sent, escalation
 * (R-10.3.k), close and reopen. Every method takes the record's version as the caller saw it and returns the
 * new one.
 */
public final class ResponseService {

    /** How far in the future a stated instant may be (workstation clocks drift a little). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(2);

    private final RecordWork work;

    public ResponseService(Transactions tx, AuditTrail audit, ChangeFeed feed, Clock clock,
            kz.kuzet.security.AccessGuard guard) {
        this.work = new RecordWork(tx, audit, feed, clock, guard);
    }

    public long addRecommendation(Actor actor, VersionedId record, String text) {
        String body = RecordWork.requireText(text, "The recommendation");
        return work.change(actor, Permission.RECORD_FOLLOW_UP, "record.recommendation", record, c -> {
            c.em.persist(new Recommendation(c.record, c.at, actor.name(), body));
            c.detail("recommendation", body);
            c.record.start();
        });
    }

    public long addContainmentMeasure(Actor actor, VersionedId record, Long sensorId, String description) {
        String text = RecordWork.requireText(description, "The measure's description");
        return work.change(actor, Permission.RECORD_FOLLOW_UP, "record.containment", record, c -> {
            Sensor sensor = null;
            if (sensorId != null) {
                sensor = c.em.find(Sensor.class, sensorId);
                if (sensor == null || !sensor.getStateBody().getId().equals(c.record.getStateBody().getId())) {
                    throw new IllegalArgumentException("Sensor " + sensorId + " is not one of "
                            + c.record.getStateBody().getCode() + "'s sensors: choose a sensor of the record's state body.");
                }
            }
            c.em.persist(new ContainmentMeasure(c.record, sensor, c.at, actor.name(), text));
            c.detail("measure", text);
            c.detail("sensor_id", sensorId);
            c.record.start();
        });
    }

    public long decideDispatch(Actor actor, VersionedId record, DispatchDecider decidedBy, String employee,
            Instant decidedAt, String notes) {
        String who = RecordWork.requireText(employee, "The employee sent on site");
        if (decidedBy == null) {
            throw new IllegalArgumentException("Who decided the dispatch is missing: choose KNB or STS.");
        }
        Instant when = notInFuture(decidedAt, "The dispatch decision's time");
        return work.change(actor, Permission.RECORD_ASSIGN, "record.dispatch", record, c -> {
            c.em.persist(new OnSiteDispatch(c.record, decidedBy, who, when, notes));
            c.detail("dispatch", decidedBy.name() + ": " + who + " at " + when);
        });
    }

    /** R-12.e: the state body's report of analysis results and measures; it stops the report clock. */
    public long recordStateBodyReport(Actor actor, VersionedId record, Instant receivedAt, String analysis,
            String measures, boolean causesEliminated) {
        Instant when = notInFuture(receivedAt, "The report's receipt time");
        if ((analysis == null || analysis.isBlank()) && (measures == null || measures.isBlank())) {
            throw new IllegalArgumentException("The report is empty: write its analysis or its measures.");
        }
        return work.change(actor, Permission.RECORD_FOLLOW_UP, "record.sb_report", record, c -> {
            c.em.persist(new StateBodyReport(c.record, when, analysis, measures, causesEliminated));
            c.record.recordSbReport(when);
            if (causesEliminated) {
                c.record.recordEliminated(when);
            }
        });
    }

    public long recordEliminated(Actor actor, VersionedId record, Instant at) {
        Instant when = notInFuture(at, "The time the causes were eliminated");
        return work.change(actor, Permission.RECORD_FOLLOW_UP, "record.eliminated", record, c -> c.record.recordEliminated(when));
    }

    /**
     * Records a notice as sent. The notices feature renders and sends the documents; until it is wired in, the
     * console records the sending here, and this is the one method to replace.
     */
    public long recordNoticeSent(Actor actor, VersionedId record, NoticeKind kind, String recipient,
            DeliveryChannel channel, String reference, Instant sentAt) {
        String to = RecordWork.requireText(recipient, "The recipient");
        Instant when = notInFuture(sentAt, "The sending time");
        return work.change(actor, Permission.NOTICE_SEND, "notice.sent", record, c -> {
            Notice notice = new Notice(c.record, kind, to, "kk", c.at);
            notice.markSent(when, channel, reference);
            c.em.persist(notice);
            switch (kind) {
                case SB -> c.record.recordSbNoticeSent(when);
                case KNB -> c.record.recordKnbNoticeSent(when);
                case ESCALATION -> c.record.recordEscalationNotice(when);
                case RECOMMENDATION -> { }
            }
            c.record.start();
            c.detail("notice", kind.name() + " to " + to + " by " + channel + " ref " + reference);
        });
    }

    /** .k: the escalation notice to the authorized body and KNB. */
    public long escalate(Actor actor, VersionedId record, String recipient, DeliveryChannel channel,
            String reference) {
        work.guard().require(actor, Permission.RECORD_ASSIGN);
        return recordNoticeSent(actor, record, NoticeKind.ESCALATION, recipient, channel, reference, work.now());
    }

    public long close(Actor actor, VersionedId record) {
        return work.change(actor, Permission.RECORD_CHANGE, "record.close", record, c -> {
            if (!c.record.getStatus().isOpen()) {
                throw new IllegalArgumentException("Record " + c.record.getId() + " is already closed.");
            }
            c.record.close(c.at);
        });
    }

    /** Reopens a closed record; its clocks continue from their original start. */
    public long reopen(Actor actor, VersionedId record) {
        return work.change(actor, Permission.RECORD_CHANGE, "record.reopen", record, c -> {
            if (c.record.getStatus().isOpen()) {
                throw new IllegalArgumentException("Record " + c.record.getId() + " is open already.");
            }
            c.record.reopen();
        });
    }

    private Instant notInFuture(Instant at, String what) {
        Instant now = work.now();
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new IllegalArgumentException(what + " (" + when + ") is in the future: enter when it happened.");
        }
        return when;
    }
}
