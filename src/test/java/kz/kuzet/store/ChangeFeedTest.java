package kz.kuzet.store;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeFeedTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aSecondInstanceOnTheSameDatabaseSeesTheChange(TestEngine engine) {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-12T05:00:00Z"));
        DatabaseSettings settings = engine.settings();
        try (Kuzet first = Kuzet.open(settings, clock); Kuzet second = Kuzet.open(settings, clock)) {
            IncidentFixture f = new IncidentFixture(first);
            var d = f.detection("9001", clock.instant());
            long seenBySecond = second.changes().latestId();

            long id = first.triage().classify(lead("a1"), List.of(d), RecordKind.EVENT).get(0);

            List<ChangeFeed.Change> changes = second.changes().since(seenBySecond, 100);
            assertThat(changes).contains(new ChangeFeed.Change(changes.get(changes.size() - 1).id(),
                    "incident_record", id));
            assertThat(second.changes().latestId()).isGreaterThan(seenBySecond);
            assertThat(second.changes().since(second.changes().latestId(), 100)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void onPostgresqlListenersAreToldAtCommit(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-12T05:00:00Z"));
        DatabaseSettings settings = engine.settings();
        try (Kuzet first = Kuzet.open(settings, clock); Kuzet second = Kuzet.open(settings, clock)) {
            IncidentFixture f = new IncidentFixture(first);
            var d = f.detection("9101", clock.instant());
            java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
            try (ChangeFeed.Listening listening = second.changes().listen(told::countDown)) {
                assertThat(second.changes().announces()).isEqualTo(engine == TestEngine.POSTGRESQL);
                if (engine == TestEngine.H2) {
                    assertThat(listening.awaitListening(0)).isFalse();
                } else {
                    assertThat(listening.awaitListening(20_000)).isTrue();
                    first.triage().classify(lead("a1"), List.of(d), RecordKind.EVENT);
                    assertThat(told.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                }
            }
        }
    }
}
