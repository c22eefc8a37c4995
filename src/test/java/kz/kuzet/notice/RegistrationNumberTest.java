package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistrationNumberTest {

    private static final int WORKSTATIONS = 3;
    private static final int NOTICES_EACH = 4;

    /** Several workstations (each its own connection pool over one database) make notices at the same time. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void concurrentWorkstationsDrawEveryNumberOnceWithoutGaps(TestEngine engine) throws Exception {
        Clock clock = Clock.fixed(NoticeFixture.DETECTED.plusSeconds(600), ZoneOffset.UTC);
        DatabaseSettings db = engine.settings();
        List<Kuzet> workstations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WORKSTATIONS);
        try {
            for (int i = 0; i < WORKSTATIONS; i++) {
                workstations.add(Kuzet.open(db, clock));
            }
            long recordId = NoticeFixture.incident(workstations.get(0), RecordKind.EVENT);
            workstations.get(0).notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK, NoticeFixture.SIGNER);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (Kuzet ws : workstations) {
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int n = 0; n < NOTICES_EACH; n++) {
                        mine.add(ws.notices().create(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.RU,
                                NoticeFixture.SIGNER).registrationNumber());
                    }
                    return mine;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<String> drawn = new ArrayList<>();
            for (Future<List<String>> f : results) {
                drawn.addAll(f.get());
            }
            int total = WORKSTATIONS * NOTICES_EACH;
            assertThat(drawn).doesNotHaveDuplicates().hasSize(total)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, total + 1)
                            .mapToObj(i -> RegistrationNumbers.format(2026, i)).toList());
            List<Integer> stored = workstations.get(0).tx().read(em -> em.createQuery(
                    "select n.regSeq from Notice n where n.regYear = 2026 order by n.regSeq", Integer.class)
                    .getResultList());
            assertThat(stored).containsExactlyElementsOf(IntStream.rangeClosed(1, total + 1).boxed().toList());
        } finally {
            pool.shutdownNow();
            workstations.forEach(Kuzet::close);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void numberingStartsAfterNumbersAlreadyUsedAndRestartsEachYear(TestEngine engine) {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-31T18:30:00Z"));
        try (Kuzet kuzet = engine.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            // a notice registered earlier (imported, or the demo's) already holds number 7 of the year
            kuzet.tx().run(em -> {
                Notice old = new Notice(em.find(kz.kuzet.incident.IncidentRecord.class, recordId), NoticeKind.SB,
                        "МО", "kk", NoticeFixture.DETECTED);
                old.register(2026, 7, "2026/00007");
                em.persist(old);
            });
            assertThat(kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK, NoticeFixture.SIGNER)
                    .registrationNumber()).isEqualTo("2026/00008");
            // 19:00 UTC on 31 December is already 00:00 on 1 January in Astana: the new year starts at 1
            clock.set(Instant.parse("2026-12-31T19:00:00Z"));
            assertThat(kuzet.notices().create(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.KK, NoticeFixture.SIGNER)
                    .registrationNumber()).isEqualTo("2027/00001");
        }
    }
}
