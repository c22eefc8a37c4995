package kz.kuzet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.SensorService.SensorForm;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.security.Actor;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** A sensor in service is degraded once silent longer than its expected interval, reported or not. */
class SensorSilenceTest {

    private static final Actor ENG = Actor.system("eng");
    private static final Instant START = Instant.parse("2026-11-20T05:00:00Z");

    private final MutableClock clock = new MutableClock(START);

    private long inService(Kuzet kuzet, int intervalMinutes) {
        SensorService sensors = kuzet.sensors();
        long id = sensors.create(ENG, new SensorForm("MF", Contour.INTERNAL, SensorKind.IDS_IPS, "OISF", "Suricata",
                "7.0", "10.20.250.10", true, "detection", intervalMinutes), SensorState.PLANNED);
        for (SensorState next : List.of(SensorState.DEPLOYED, SensorState.VERIFIED, SensorState.IN_SERVICE)) {
            sensors.transition(ENG, id, view(kuzet).version(), next);
        }
        return id;
    }

    private static SensorView view(Kuzet kuzet) {
        return kuzet.sensors().list(ENG, Optional.of("MF")).get(0);
    }

    @Test
    void aSensorThatNeverReportedIsDegradedOnceSilentLongerThanItsIntervalSinceEnteringService() {
        try (Kuzet kuzet = Kuzet.open(DatabaseSettings.inMemory("sensor_silence_" + System.nanoTime()), clock)) {
            RegistryFixtures.body(kuzet, "MF");
            clock.advance(Duration.ofDays(3)); // long after registration: only entering service counts
            inService(kuzet, 30);
            assertThat(view(kuzet).lastSeenAt()).isNull();

            clock.advance(Duration.ofMinutes(30));
            assertThat(view(kuzet).effectiveState()).isEqualTo(SensorState.IN_SERVICE);
            clock.advance(Duration.ofSeconds(1));
            assertThat(view(kuzet).effectiveState()).isEqualTo(SensorState.DEGRADED);
            assertThat(view(kuzet).state()).isEqualTo(SensorState.IN_SERVICE);

            // its first detection resets the silence; the boundary is the same from there
            kuzet.sensors().recordSeen(view(kuzet).id(), clock.instant());
            assertThat(view(kuzet).effectiveState()).isEqualTo(SensorState.IN_SERVICE);
            clock.advance(Duration.ofMinutes(30));
            assertThat(view(kuzet).effectiveState()).isEqualTo(SensorState.IN_SERVICE);
            clock.advance(Duration.ofSeconds(1));
            assertThat(view(kuzet).effectiveState()).isEqualTo(SensorState.DEGRADED);
        }
    }

    @Test
    void aSensorNotInServiceIsNeverDegradedBySilence() {
        Sensor planned = new Sensor(null, Contour.INTERNAL, SensorKind.WAF, "PT", "AF", "4", null, true,
                SensorState.VERIFIED);
        planned.setLastSeenAt(START);
        assertThat(planned.effectiveState(START.plus(Duration.ofDays(30)))).isEqualTo(SensorState.VERIFIED);
    }
}
