package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two "workstations" (two independent connection pools and persistence units on one database), each with
 * several threads, append to the audit trail at the same time: the chain stays whole and no entry is lost.
 */
class AuditConcurrencyTest {

    private static final int THREADS_PER_STATION = 3;
    private static final int APPENDS_PER_THREAD = 30;
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void concurrentAppendsNeverBreakTheChain(TestEngine engine) throws Exception {
        try (Kuzet first = engine.open(clock); Kuzet second = Kuzet.open(first.database().settings(), clock)) {
            List<Kuzet> stations = List.of(first, second);
            int threads = THREADS_PER_STATION * stations.size();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Kuzet station = stations.get(t % stations.size());
                String actor = "thread." + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        int n = i;
                        station.tx().run(em -> station.audit().event(em, actor, "test.append", Map.of("n", n)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            AuditVerifier.Result result = first.auditVerifier().verify();
            assertThat(result.valid()).as(String.valueOf(result.reason())).isTrue();
            assertThat(result.entries()).isEqualTo((long) threads * APPENDS_PER_THREAD);
            Actor auditor = Actor.system("test");
            for (int t = 0; t < threads; t++) {
                assertThat(first.auditQueries().list(auditor, new AuditFilter("thread." + t, null, null, null, null,
                        1000))).extracting(r -> r.after()).containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, APPENDS_PER_THREAD).mapToObj(n -> "{\"n\":" + n + "}")
                                .toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void verifyingWhileOthersAppendNeverReportsTampering(TestEngine engine) throws Exception {
        try (Kuzet first = engine.open(clock); Kuzet second = Kuzet.open(first.database().settings(), clock)) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger appended = new java.util.concurrent.atomic.AtomicInteger();
            Future<?> appender = pool.submit(() -> {
                while (!stop.get() && appended.get() < 5_000) {
                    int i = appended.get();
                    second.tx().run(em -> second.audit().event(em, "appender", "test.append", Map.of("n", i)));
                    appended.incrementAndGet();
                }
                return null;
            });
            try {
                int rounds = 0;
                while ((rounds < 25 || appended.get() < 50) && !appender.isDone() && rounds < 10_000) {
                    AuditVerifier.Result result = first.auditVerifier().verify();
                    assertThat(result.valid()).as("round %d: %s", rounds, result.reason()).isTrue();
                    rounds++;
                }
            } finally {
                stop.set(true);
            }
            appender.get();
            pool.shutdown();
            assertThat(appended.get()).as("appends made while verifying").isGreaterThanOrEqualTo(50);
            assertThat(first.auditVerifier().verify().entries()).isEqualTo(appended.get());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anAppendWaitsForALongTransactionHoldingTheHeadInsteadOfFailing(TestEngine engine) throws Exception {
        try (Kuzet first = engine.open(clock); Kuzet second = Kuzet.open(first.database().settings(), clock)) {
            CountDownLatch headTaken = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<?> slow = pool.submit(() -> first.tx().run(em -> {
                first.audit().event(em, "slow.import", "test.import", Map.of());
                headTaken.countDown();
                try {
                    Thread.sleep(3_000); // longer than H2's default lock timeout of 2 s
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            headTaken.await();
            second.tx().run(em -> second.audit().event(em, "quick.change", "test.change", Map.of()));
            slow.get();
            pool.shutdown();
            AuditVerifier.Result r = first.auditVerifier().verify();
            assertThat(r.valid()).isTrue();
            assertThat(first.auditQueries().list(Actor.system("test"), AuditFilter.NONE))
                    .extracting(AuditRow::actor).containsExactly("slow.import", "quick.change");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aRefusalInsideATransactionHoldingTheHeadIsAuditedAfterItWithoutDeadlock(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            Actor analyst = Actor.user("ann", Role.ANALYST, null, null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kuzet.tx().run(em -> {
                kuzet.audit().event(em, analyst, "test.change", Map.of());
                kuzet.access().require(analyst, Permission.USER_MANAGE);
            })).isInstanceOf(AccessDeniedException.class);
            kuzet.access().awaitRecorded();
            assertThat(kuzet.auditQueries().list(Actor.system("test"), AuditFilter.NONE))
                    .singleElement().satisfies(e -> {
                        assertThat(e.action()).isEqualTo("access.denied");
                        assertThat(e.actor()).isEqualTo("ann");
                        assertThat(e.after()).contains("manage users");
                    });
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aRolledBackChangeLeavesNoEntryAndNoGap(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            kuzet.tx().run(em -> kuzet.audit().event(em, "a", "test.kept", Map.of()));
            try {
                kuzet.tx().run(em -> {
                    kuzet.audit().event(em, "a", "test.rolled_back", Map.of());
                    throw new IllegalStateException("the change fails after its audit entry was appended");
                });
            } catch (IllegalStateException expected) {
                // the change and its entry are gone together
            }
            kuzet.tx().run(em -> kuzet.audit().event(em, "a", "test.kept", Map.of()));
            AuditVerifier.Result r = kuzet.auditVerifier().verify();
            assertThat(r.valid()).isTrue();
            assertThat(r.entries()).isEqualTo(2);
        }
    }
}
