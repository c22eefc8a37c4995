package kz.kuzet.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegulationClocksTest {

    private static final Duration NS = Duration.ofNanos(1);
    private static final Instant DETECTED = Instant.parse("2026-07-12T05:00:00Z");

    private static ClockStatus at(ClockFacts facts, ClockName name, Instant at) {
        return RegulationClocks.evaluate(facts, at).get(name);
    }

    @Nested
    class SbNotice {
        private final Instant due = DETECTED.plus(Duration.ofMinutes(30));

        @Test
        void runsUntilTheDueInstantInclusive() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            assertThat(at(f, ClockName.SB_NOTICE, due.minus(NS)).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.SB_NOTICE, due).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.SB_NOTICE, due).remainingSeconds()).isZero();
            assertThat(at(f, ClockName.SB_NOTICE, due.plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
            assertThat(at(f, ClockName.SB_NOTICE, due.plus(NS)).remainingSeconds()).isEqualTo(-1);
        }

        @Test
        void startsAtDetectionAndIsDueThirtyMinutesLater() {
            ClockStatus s = at(ClockFacts.detected(RecordKind.INCIDENT, DETECTED), ClockName.SB_NOTICE, DETECTED);
            assertThat(s.start()).isEqualTo(DETECTED);
            assertThat(s.due()).isEqualTo(Instant.parse("2026-07-12T05:30:00Z"));
            assertThat(s.remainingSeconds()).isEqualTo(1800);
        }

        @Test
        void sentAtOrBeforeDueIsMetAndAfterIsLate() {
            Instant later = due.plus(Duration.ofHours(1));
            ClockFacts onTime = ClockFacts.detected(RecordKind.EVENT, DETECTED).withSbNoticeSent(due);
            ClockFacts oneNsLate = ClockFacts.detected(RecordKind.EVENT, DETECTED).withSbNoticeSent(due.plus(NS));
            ClockFacts early = ClockFacts.detected(RecordKind.EVENT, DETECTED).withSbNoticeSent(due.minus(NS));
            assertThat(at(onTime, ClockName.SB_NOTICE, later).state()).isEqualTo(ClockState.MET);
            assertThat(at(early, ClockName.SB_NOTICE, later).state()).isEqualTo(ClockState.MET);
            assertThat(at(oneNsLate, ClockName.SB_NOTICE, later).state()).isEqualTo(ClockState.LATE);
            assertThat(at(onTime, ClockName.SB_NOTICE, later).remainingSeconds()).isNull();
        }

        @Test
        void aNoticeDatedAfterTheEvaluationInstantHasNotHappenedYet() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED).withSbNoticeSent(due);
            assertThat(at(f, ClockName.SB_NOTICE, due.minus(NS)).state()).isEqualTo(ClockState.RUNNING);
        }

        @Test
        void beforeDetectionTheClockIsPending() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            assertThat(at(f, ClockName.SB_NOTICE, DETECTED.minus(NS)).state()).isEqualTo(ClockState.PENDING);
        }
    }

    @Nested
    class KnbNotice {
        private final Instant due = DETECTED.plus(Duration.ofHours(3));

        @Test
        void boundaries() {
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, DETECTED);
            assertThat(at(f, ClockName.KNB_NOTICE, due.minus(NS)).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.KNB_NOTICE, due).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.KNB_NOTICE, due.plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
            assertThat(at(f.withKnbNoticeSent(due), ClockName.KNB_NOTICE, due.plus(NS)).state())
                    .isEqualTo(ClockState.MET);
            assertThat(at(f.withKnbNoticeSent(due.plus(NS)), ClockName.KNB_NOTICE, due.plus(NS)).state())
                    .isEqualTo(ClockState.LATE);
        }
    }

    @Nested
    class SbReport {
        private final Instant sent = DETECTED.plus(Duration.ofMinutes(20));

        @Test
        void pendingUntilTheStateBodyHasTheNotice() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            ClockStatus s = at(f, ClockName.SB_REPORT, DETECTED.plus(Duration.ofDays(5)));
            assertThat(s.state()).isEqualTo(ClockState.PENDING);
            assertThat(s.start()).isNull();
            assertThat(s.due()).isNull();
        }

        @Test
        void withoutAReceiptTheSendingInstantStartsIt() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED).withSbNoticeSent(sent);
            Instant due = sent.plus(Duration.ofHours(48));
            assertThat(at(f, ClockName.SB_REPORT, sent).start()).isEqualTo(sent);
            assertThat(at(f, ClockName.SB_REPORT, due).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.SB_REPORT, due.plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
            assertThat(at(f, ClockName.SB_REPORT, sent.minus(NS)).state()).isEqualTo(ClockState.PENDING);
        }

        @Test
        void aRecordedReceiptStartsItInsteadOfTheSending() {
            Instant received = sent.plus(Duration.ofMinutes(45));
            Instant due = received.plus(Duration.ofHours(48));
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, DETECTED).withSbNoticeSent(sent)
                    .withSbNoticeReceived(received);
            assertThat(at(f, ClockName.SB_REPORT, due).due()).isEqualTo(due);
            assertThat(at(f, ClockName.SB_REPORT, due.minus(NS)).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f.withSbReport(due), ClockName.SB_REPORT, due.plus(NS)).state()).isEqualTo(ClockState.MET);
            assertThat(at(f.withSbReport(due.plus(NS)), ClockName.SB_REPORT, due.plus(NS)).state())
                    .isEqualTo(ClockState.LATE);
            assertThat(at(f, ClockName.SB_REPORT, due.plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
        }
    }

    @Nested
    class Escalation {
        private final Instant due = DETECTED.plus(Duration.ofHours(48));

        @ParameterizedTest
        @EnumSource(value = RecordKind.class, names = {"EVENT", "FALSE_POSITIVE"})
        void appliesToIncidentsOnly(RecordKind kind) {
            ClockStatus s = at(ClockFacts.detected(kind, DETECTED), ClockName.ESCALATION, due.plus(NS));
            assertThat(s.state()).isEqualTo(ClockState.NOT_APPLICABLE);
            assertThat(s.due()).isNull();
        }

        @Test
        void runningUntilDueThenOverdueUntilTheEscalationNoticeIsSent() {
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, DETECTED);
            assertThat(at(f, ClockName.ESCALATION, due.minus(NS)).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.ESCALATION, due).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.ESCALATION, due.plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
            ClockFacts escalated = f.withEscalationNotice(due.plus(Duration.ofMinutes(10)));
            assertThat(at(escalated, ClockName.ESCALATION, due.plus(Duration.ofMinutes(10)).minus(NS)).state())
                    .isEqualTo(ClockState.OVERDUE);
            assertThat(at(escalated, ClockName.ESCALATION, due.plus(Duration.ofMinutes(10))).state())
                    .isEqualTo(ClockState.ESCALATED);
        }

        @Test
        void eliminatedAtOrBeforeDueIsMet() {
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, DETECTED);
            Instant later = due.plus(Duration.ofDays(1));
            assertThat(at(f.withEliminated(due), ClockName.ESCALATION, later).state()).isEqualTo(ClockState.MET);
            assertThat(at(f.withEliminated(due.minus(NS)), ClockName.ESCALATION, later).state())
                    .isEqualTo(ClockState.MET);
            assertThat(at(f.withEliminated(due.plus(NS)), ClockName.ESCALATION, later).state())
                    .isEqualTo(ClockState.OVERDUE);
        }
    }

    @Nested
    class Headline {
        @Test
        void isTheEarliestDueAmongRunningAndOverdueClocks() {
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, DETECTED);
            assertThat(RegulationClocks.evaluate(f, DETECTED).headline().orElseThrow().name())
                    .isEqualTo(ClockName.SB_NOTICE);
            ClockFacts sbSent = f.withSbNoticeSent(DETECTED.plus(Duration.ofMinutes(10)));
            assertThat(RegulationClocks.evaluate(sbSent, DETECTED.plus(Duration.ofMinutes(11))).headline()
                    .orElseThrow().name()).isEqualTo(ClockName.KNB_NOTICE);
            ClockFacts bothSent = sbSent.withKnbNoticeSent(DETECTED.plus(Duration.ofHours(1)));
            assertThat(RegulationClocks.evaluate(bothSent, DETECTED.plus(Duration.ofHours(2))).headline()
                    .orElseThrow().name()).isEqualTo(ClockName.ESCALATION);
        }

        @Test
        void anOverdueClockStaysTheHeadline() {
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            ClockBoard board = RegulationClocks.evaluate(f, DETECTED.plus(Duration.ofHours(1)));
            assertThat(board.headline().orElseThrow().name()).isEqualTo(ClockName.SB_NOTICE);
            assertThat(board.headline().orElseThrow().state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void isAbsentWhenNothingIsOpen() {
            ClockFacts f = ClockFacts.detected(RecordKind.FALSE_POSITIVE, DETECTED);
            assertThat(RegulationClocks.evaluate(f, DETECTED).headline()).isEmpty();
            ClockFacts done = ClockFacts.detected(RecordKind.EVENT, DETECTED)
                    .withSbNoticeSent(DETECTED.plusSeconds(60)).withKnbNoticeSent(DETECTED.plusSeconds(120))
                    .withSbReport(DETECTED.plusSeconds(3600));
            assertThat(RegulationClocks.evaluate(done, DETECTED.plus(Duration.ofDays(3))).headline()).isEmpty();
        }
    }

    @Nested
    class CalendarEdges {
        @Test
        void crossingMidnightInAlmaty() {
            Instant detected = OffsetDateTime.parse("2026-07-12T23:45:00+05:00").toInstant();
            ClockFacts f = ClockFacts.detected(RecordKind.EVENT, detected);
            ClockStatus s = at(f, ClockName.SB_NOTICE, detected);
            assertThat(s.due()).isEqualTo(OffsetDateTime.parse("2026-07-13T00:15:00+05:00").toInstant());
            assertThat(at(f, ClockName.SB_NOTICE, s.due()).state()).isEqualTo(ClockState.RUNNING);
            assertThat(at(f, ClockName.SB_NOTICE, s.due().plus(NS)).state()).isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void crossingAQuarterAndAYearEnd() {
            Instant detected = OffsetDateTime.parse("2026-12-31T22:30:00+05:00").toInstant();
            ClockFacts f = ClockFacts.detected(RecordKind.INCIDENT, detected);
            assertThat(at(f, ClockName.KNB_NOTICE, detected).due())
                    .isEqualTo(OffsetDateTime.parse("2027-01-01T01:30:00+05:00").toInstant());
            assertThat(at(f, ClockName.ESCALATION, detected).due())
                    .isEqualTo(OffsetDateTime.parse("2027-01-02T22:30:00+05:00").toInstant());
            Instant q3End = OffsetDateTime.parse("2026-09-30T23:59:59.999999999+05:00").toInstant();
            ClockFacts g = ClockFacts.detected(RecordKind.EVENT, q3End);
            assertThat(at(g, ClockName.SB_NOTICE, q3End).due())
                    .isEqualTo(OffsetDateTime.parse("2026-10-01T00:29:59.999999999+05:00").toInstant());
        }
    }

    @Nested
    class NeverRestarting {
        @Test
        void reclassifyingKeepsTheDetectionInstant() {
            ClockFacts event = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            ClockFacts incident = event.withKind(RecordKind.INCIDENT);
            Instant at = DETECTED.plus(Duration.ofHours(5));
            assertThat(at(incident, ClockName.SB_NOTICE, at).due()).isEqualTo(at(event, ClockName.SB_NOTICE, at).due());
            assertThat(at(incident, ClockName.ESCALATION, at).start()).isEqualTo(DETECTED);
        }

        @Test
        void aFalsePositiveReclassifiedAsAnIncidentIsAlreadyOverdue() {
            ClockFacts fp = ClockFacts.detected(RecordKind.FALSE_POSITIVE, DETECTED);
            Instant at = DETECTED.plus(Duration.ofHours(4));
            assertThat(at(fp, ClockName.SB_NOTICE, at).state()).isEqualTo(ClockState.NOT_APPLICABLE);
            assertThat(at(fp.withKind(RecordKind.INCIDENT), ClockName.SB_NOTICE, at).state())
                    .isEqualTo(ClockState.OVERDUE);
        }

        @Test
        void mergingKeepsTheEarliestDetectionAndFacts() {
            Instant later = DETECTED.plus(Duration.ofMinutes(25));
            ClockFacts first = ClockFacts.detected(RecordKind.EVENT, DETECTED);
            ClockFacts second = ClockFacts.detected(RecordKind.EVENT, later).withSbNoticeSent(later.plusSeconds(60));
            ClockFacts merged = second.mergedWith(first);
            assertThat(merged.detected()).isEqualTo(DETECTED);
            assertThat(merged.sbNoticeSent()).isEqualTo(later.plusSeconds(60));
            assertThat(at(merged, ClockName.SB_NOTICE, later.plusSeconds(120)).state()).isEqualTo(ClockState.MET);
            assertThat(at(merged, ClockName.SB_NOTICE, later).due()).isEqualTo(DETECTED.plus(Duration.ofMinutes(30)));
        }
    }

    @Test
    void theInjectedClockIsWhatNowMeans() {
        java.time.Clock fixed = java.time.Clock.fixed(DETECTED.plus(Duration.ofMinutes(29)), java.time.ZoneOffset.UTC);
        ClockBoard board = new RegulationClocks(fixed).now(ClockFacts.detected(RecordKind.EVENT, DETECTED));
        assertThat(board.get(ClockName.SB_NOTICE).remainingSeconds()).isEqualTo(60);
    }
}
