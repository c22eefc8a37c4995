package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxRetrierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aPassSendsOnlyWhatIsDueAndNamesTheRetrierInTheTrail(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(10 * 60));
        try (Kuzet kuzet = engine.open(clock)) {
            long noticeId = queuedAfterAFailure(kuzet);
            OutboxRetrier retrier = kuzet.outboxRetrier();
            smtp(kuzet, SMTP.getSmtp().getPort());

            NoticeService.RetryResult early = retrier.runOnce();
            assertThat(early.due()).isZero();
            assertThat(SMTP.getReceivedMessages()).isEmpty();

            clock.advance(Duration.ofMinutes(1));
            NoticeService.RetryResult due = retrier.runOnce();

            assertThat(due.due()).isEqualTo(1);
            assertThat(due.sent()).isEqualTo(1);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(kuzet.notices().find(LEAD, noticeId).orElseThrow().getSentAt()).isEqualTo(clock.instant());
            assertThat(kuzet.notices().pendingOutbox(LEAD)).isEmpty();
            List<String> byRetrier = kuzet.tx().read(em -> em.createQuery("select a.action from AuditEntry a"
                    + " where a.actor = 'outbox-retry'", String.class).getResultList());
            assertThat(byRetrier).containsExactly("notice.send");
            assertThat(retrier.runOnce().due()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void onceStartedItLooksAtTheOutboxByItselfAndStopsWhenAsked(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(10 * 60));
        try (Kuzet kuzet = engine.open(clock)) {
            long noticeId = queuedAfterAFailure(kuzet);
            smtp(kuzet, SMTP.getSmtp().getPort());
            clock.advance(Duration.ofMinutes(5));
            OutboxRetrier retrier = new OutboxRetrier(kuzet.notices(), Duration.ofMillis(20));
            CountDownLatch passed = new CountDownLatch(1);
            AtomicReference<NoticeService.RetryResult> heard = new AtomicReference<>();
            retrier.onPass(r -> {
                heard.set(r);
                passed.countDown();
            });

            retrier.start();
            retrier.start(); // a second start changes nothing
            boolean ran = passed.await(60, TimeUnit.SECONDS);
            retrier.stop();

            assertThat(ran).as("a pass with the due message").isTrue();
            assertThat(heard.get().sent()).isEqualTo(1);
            assertThat(retrier.isRunning()).isFalse();
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(kuzet.notices().find(LEAD, noticeId).orElseThrow().getSentAt()).isNotNull();
        }
    }

    /** A KNB notice whose first sending failed (no server listening): it waits in the outbox for a minute. */
    private static long queuedAfterAFailure(Kuzet kuzet) throws IOException {
        smtp(kuzet, closedPort());
        kuzet.notices().settings().put(ADMIN, "notice.knb.email", "knb@knb.kz");
        long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
        long noticeId = kuzet.notices().create(LEAD, recordId, NoticeKind.KNB, NoticeLanguage.RU,
                NoticeFixture.SIGNER).noticeId();
        assertThat(kuzet.notices().send(LEAD, noticeId).outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
        return noticeId;
    }

    private static void smtp(Kuzet kuzet, int port) {
        NoticeSettings s = kuzet.notices().settings();
        s.put(ADMIN, "smtp.host", "127.0.0.1");
        s.put(ADMIN, "smtp.port", Integer.toString(port));
        s.put(ADMIN, "smtp.security", "none");
        s.put(ADMIN, "smtp.from", "nccc@sts.kz");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
