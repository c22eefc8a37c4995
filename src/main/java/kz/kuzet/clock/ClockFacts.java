package kz.kuzet.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * The facts of one record that the clocks depend on. Absent facts are null.
 *
 * @param detected           first detection of the event (the SIEM's first alert); merging keeps the earliest
 * @param sbNoticeSent       the notice to the state body recorded as sent
 * @param sbNoticeReceived   the state body's recorded receipt of that notice (null: the sending instant counts)
 * @param knbNoticeSent      the notice to KNB recorded as sent
 * @param sbReport           the state body's report of analysis results / measures recorded (R-12.e)
 * @param eliminated         causes and consequences recorded as eliminated
 * @param escalationNotice   the escalation notice to the authorized body and KNB recorded as sent
 */
public record ClockFacts(
        RecordKind kind,
        Instant detected,
        Instant sbNoticeSent,
        Instant sbNoticeReceived,
        Instant knbNoticeSent,
        Instant sbReport,
        Instant eliminated,
        Instant escalationNotice) {

    public ClockFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detected, "detected");
    }

    public static ClockFacts detected(RecordKind kind, Instant detected) {
        return new ClockFacts(kind, detected, null, null, null, null, null, null);
    }

    /** The instant from which the state body counts as having the notice: its receipt, else its sending. */
    public Instant sbNoticeReceivedOrSent() {
        return sbNoticeReceived != null ? sbNoticeReceived : sbNoticeSent;
    }

    public ClockFacts withKind(RecordKind newKind) {
        return new ClockFacts(newKind, detected, sbNoticeSent, sbNoticeReceived, knbNoticeSent, sbReport,
                eliminated, escalationNotice);
    }

    public ClockFacts withSbNoticeSent(Instant at) {
        return new ClockFacts(kind, detected, at, sbNoticeReceived, knbNoticeSent, sbReport, eliminated,
                escalationNotice);
    }

    public ClockFacts withSbNoticeReceived(Instant at) {
        return new ClockFacts(kind, detected, sbNoticeSent, at, knbNoticeSent, sbReport, eliminated,
                escalationNotice);
    }

    public ClockFacts withKnbNoticeSent(Instant at) {
        return new ClockFacts(kind, detected, sbNoticeSent, sbNoticeReceived, at, sbReport, eliminated,
                escalationNotice);
    }

    public ClockFacts withSbReport(Instant at) {
        return new ClockFacts(kind, detected, sbNoticeSent, sbNoticeReceived, knbNoticeSent, at, eliminated,
                escalationNotice);
    }

    public ClockFacts withEliminated(Instant at) {
        return new ClockFacts(kind, detected, sbNoticeSent, sbNoticeReceived, knbNoticeSent, sbReport, at,
                escalationNotice);
    }

    public ClockFacts withEscalationNotice(Instant at) {
        return new ClockFacts(kind, detected, sbNoticeSent, sbNoticeReceived, knbNoticeSent, sbReport, eliminated,
                at);
    }

    /**
     * Merging two records keeps the earliest detection (the clocks never restart) and, for every other fact,
     * the earliest instant either record has.
     */
    public ClockFacts mergedWith(ClockFacts other) {
        return new ClockFacts(kind, earliest(detected, other.detected), earliest(sbNoticeSent, other.sbNoticeSent),
                earliest(sbNoticeReceived, other.sbNoticeReceived), earliest(knbNoticeSent, other.knbNoticeSent),
                earliest(sbReport, other.sbReport), earliest(eliminated, other.eliminated),
                earliest(escalationNotice, other.escalationNotice));
    }

    public static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
