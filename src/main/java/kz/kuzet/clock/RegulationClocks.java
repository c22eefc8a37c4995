package kz.kuzet.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The deadlines of the monitoring rules (order 229/НҚ, R-10.3.g, R-10.3.k, R-12.e), as pure functions of a
 * record's facts and an instant. Facts dated after the evaluation instant have not happened yet as of it.
 * "Within" a deadline means at or before the due instant.
 */
public final class RegulationClocks {

    public static final Duration SB_NOTICE_WITHIN = Duration.ofMinutes(30);
    public static final Duration KNB_NOTICE_WITHIN = Duration.ofHours(3);
    public static final Duration SB_REPORT_WITHIN = Duration.ofHours(48);
    public static final Duration ESCALATION_AFTER = Duration.ofHours(48);

    private final Clock clock;

    public RegulationClocks(Clock clock) {
        this.clock = clock;
    }

    /** The clocks as of now, by the injected clock. */
    public ClockBoard now(ClockFacts facts) {
        return evaluate(facts, clock.instant());
    }

    public static ClockBoard evaluate(ClockFacts facts, Instant at) {
        return new ClockBoard(at, List.of(
                sbNotice(facts, at),
                knbNotice(facts, at),
                sbReport(facts, at),
                escalation(facts, at)));
    }

    static ClockStatus sbNotice(ClockFacts f, Instant at) {
        return noticeClock(ClockName.SB_NOTICE, f, f.sbNoticeSent(), SB_NOTICE_WITHIN, at);
    }

    static ClockStatus knbNotice(ClockFacts f, Instant at) {
        return noticeClock(ClockName.KNB_NOTICE, f, f.knbNoticeSent(), KNB_NOTICE_WITHIN, at);
    }

    private static ClockStatus noticeClock(ClockName name, ClockFacts f, Instant sent, Duration within,
            Instant at) {
        if (f.kind() == RecordKind.FALSE_POSITIVE) {
            return notApplicable(name);
        }
        Instant start = f.detected();
        if (!happened(start, at)) {
            return pending(name);
        }
        return satisfiable(name, start, start.plus(within), happened(sent, at) ? sent : null, at);
    }

    static ClockStatus sbReport(ClockFacts f, Instant at) {
        if (f.kind() == RecordKind.FALSE_POSITIVE) {
            return notApplicable(ClockName.SB_REPORT);
        }
        Instant received = f.sbNoticeReceivedOrSent();
        if (!happened(received, at)) {
            return pending(ClockName.SB_REPORT);
        }
        Instant report = happened(f.sbReport(), at) ? f.sbReport() : null;
        return satisfiable(ClockName.SB_REPORT, received, received.plus(SB_REPORT_WITHIN), report, at);
    }

    static ClockStatus escalation(ClockFacts f, Instant at) {
        if (f.kind() != RecordKind.INCIDENT) {
            return notApplicable(ClockName.ESCALATION);
        }
        Instant start = f.detected();
        if (!happened(start, at)) {
            return pending(ClockName.ESCALATION);
        }
        Instant due = start.plus(ESCALATION_AFTER);
        Instant eliminated = f.eliminated();
        if (happened(eliminated, at) && !eliminated.isAfter(due)) {
            return new ClockStatus(ClockName.ESCALATION, start, due, ClockState.MET, null);
        }
        if (!at.isAfter(due)) {
            return new ClockStatus(ClockName.ESCALATION, start, due, ClockState.RUNNING, Duration.between(at, due));
        }
        if (happened(f.escalationNotice(), at)) {
            return new ClockStatus(ClockName.ESCALATION, start, due, ClockState.ESCALATED, null);
        }
        return new ClockStatus(ClockName.ESCALATION, start, due, ClockState.OVERDUE, Duration.between(at, due));
    }

    private static ClockStatus satisfiable(ClockName name, Instant start, Instant due, Instant satisfiedAt,
            Instant at) {
        if (satisfiedAt != null) {
            ClockState state = satisfiedAt.isAfter(due) ? ClockState.LATE : ClockState.MET;
            return new ClockStatus(name, start, due, state, null);
        }
        ClockState state = at.isAfter(due) ? ClockState.OVERDUE : ClockState.RUNNING;
        return new ClockStatus(name, start, due, state, Duration.between(at, due));
    }

    private static boolean happened(Instant fact, Instant at) {
        return fact != null && !fact.isAfter(at);
    }

    private static ClockStatus pending(ClockName name) {
        return new ClockStatus(name, null, null, ClockState.PENDING, null);
    }

    private static ClockStatus notApplicable(ClockName name) {
        return new ClockStatus(name, null, null, ClockState.NOT_APPLICABLE, null);
    }
}
