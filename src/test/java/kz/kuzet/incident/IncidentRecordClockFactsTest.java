package kz.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import org.junit.jupiter.api.Test;

class IncidentRecordClockFactsTest {

    private static final Instant DETECTED = Instant.parse("2026-08-03T04:10:00Z");
    private final StateBody body = new StateBody("MF", "Қаржы министрлігі", "Министерство финансов",
            StateBodyKind.MINISTRY);

    private IncidentRecord incident() {
        return new IncidentRecord(RecordKind.INCIDENT, body, "t", Severity.HIGH, Category.MALWARE_SPAM, DETECTED,
                DETECTED.plusSeconds(300));
    }

    @Test
    void closingAndReopeningLeavesEveryClockWhereItWas() {
        IncidentRecord r = incident();
        r.recordSbNoticeSent(DETECTED.plusSeconds(900));
        ClockFacts before = r.clockFacts();
        r.close(DETECTED.plus(Duration.ofHours(10)));
        r.reopen();
        assertThat(r.clockFacts()).isEqualTo(before);
        assertThat(r.getStatus().isOpen()).isTrue();
        Instant at = DETECTED.plus(Duration.ofDays(3));
        assertThat(RegulationClocks.evaluate(r.clockFacts(), at).get(ClockName.ESCALATION).state())
                .isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aMergedLaterDetectionNeverMovesTheDetectionInstant() {
        IncidentRecord r = incident();
        r.includeDetectedAt(DETECTED.plusSeconds(60));
        assertThat(r.getDetectedAt()).isEqualTo(DETECTED);
        r.includeDetectedAt(DETECTED.minusSeconds(60));
        assertThat(r.getDetectedAt()).isEqualTo(DETECTED.minusSeconds(60));
    }

    @Test
    void aSecondNoticeNeverMovesAMetClockLater() {
        IncidentRecord r = incident();
        r.recordSbNoticeSent(DETECTED.plusSeconds(600));
        r.recordSbNoticeSent(DETECTED.plus(Duration.ofHours(2)));
        assertThat(r.getSbNoticeSentAt()).isEqualTo(DETECTED.plusSeconds(600));
    }

    @Test
    void reclassifyingKeepsTheClocksStart() {
        IncidentRecord r = incident();
        r.setKind(RecordKind.EVENT);
        assertThat(r.clockFacts().detected()).isEqualTo(DETECTED);
        assertThat(RegulationClocks.evaluate(r.clockFacts(), DETECTED.plus(Duration.ofDays(3)))
                .get(ClockName.ESCALATION).state()).isEqualTo(ClockState.NOT_APPLICABLE);
    }
}
