package kz.kuzet.ui.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.RecordKind;
import org.junit.jupiter.api.Test;

class ClockAlarmsTest {

    private static final Instant T0 = Instant.parse("2026-07-12T05:00:00Z");

    @Test
    void ringsOnceWhenAClockEntersItsLastFiveMinutesAndOnceWhenItIsMissed() {
        ClockAlarms alarms = new ClockAlarms();
        alarms.watch(List.of(new ClockAlarms.Watched("row", ClockFacts.detected(RecordKind.EVENT, T0),
                List.of(ClockName.SB_NOTICE, ClockName.KNB_NOTICE))), T0);
        assertThat(alarms.pendingCount()).isEqualTo(4);

        assertThat(alarms.tick(T0.plus(Duration.ofMinutes(24)))).isEmpty();
        assertThat(alarms.tick(T0.plus(Duration.ofMinutes(25)))).extracting(ClockAlarms.Alarm::stage)
                .containsExactly(ClockAlarms.Stage.LAST_MINUTES);
        assertThat(alarms.tick(T0.plus(Duration.ofMinutes(26)))).isEmpty();
        assertThat(alarms.tick(T0.plus(Duration.ofMinutes(30)))).isEmpty();
        assertThat(alarms.tick(T0.plus(Duration.ofMinutes(30)).plusSeconds(1))).extracting(ClockAlarms.Alarm::stage)
                .containsExactly(ClockAlarms.Stage.MISSED);
    }

    @Test
    void doesNotRingForWhatWasAlreadyLateWhenLoaded() {
        ClockAlarms alarms = new ClockAlarms();
        Instant now = T0.plus(Duration.ofHours(5));
        alarms.watch(List.of(new ClockAlarms.Watched("row", ClockFacts.detected(RecordKind.INCIDENT, T0),
                List.of(ClockName.values()))), now);
        assertThat(alarms.tick(now.plusSeconds(1))).isEmpty();
        assertThat(alarms.pendingCount()).isEqualTo(2);
    }

    @Test
    void coloursByShareOfTimeLeft() {
        ClockFacts facts = ClockFacts.detected(RecordKind.EVENT, T0);
        assertThat(style(facts, 14)).isEqualTo(ClockStyle.NORMAL);
        assertThat(style(facts, 15)).isEqualTo(ClockStyle.NORMAL);
        assertThat(style(facts, 16)).isEqualTo(ClockStyle.AMBER);
        assertThat(style(facts, 25)).isEqualTo(ClockStyle.RED);
        assertThat(style(facts, 31)).isEqualTo(ClockStyle.OVERDUE);
        assertThat(style(facts.withSbNoticeSent(T0.plusSeconds(60)), 31)).isEqualTo(ClockStyle.DONE);
    }

    private static String style(ClockFacts facts, int minutes) {
        return ClockStyle.of(kz.kuzet.clock.RegulationClocks.evaluate(facts, T0.plus(Duration.ofMinutes(minutes)))
                .get(ClockName.SB_NOTICE));
    }
}
