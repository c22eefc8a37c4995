package kz.kuzet.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NoticeTlsTest {

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("nccc", "s3cret"))
            .withPerMethodLifecycle(true);

    @RegisterExtension
    static final GreenMailExtension PLAIN = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    /** STARTTLS is required: a server that does not offer it gets nothing in clear text. */
    @Test
    void startTlsNeverFallsBackToClearText() {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            NoticeSettings s = kuzet.notices().settings();
            s.put("smtp.host", "127.0.0.1", "admin");
            s.put("smtp.port", Integer.toString(PLAIN.getSmtp().getPort()), "admin");
            s.put("smtp.security", "starttls", "admin");
            s.put("smtp.from", "nccc@sts.kz", "admin");
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(recordId, NoticeKind.SB, NoticeLanguage.KK, NoticeFixture.SIGNER,
                    "analyst1").noticeId();

            NoticeService.SendResult result = kuzet.notices().send(noticeId, "analyst1");

            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(result.error()).contains("STARTTLS");
            assertThat(PLAIN.getReceivedMessages()).isEmpty();
            assertThat(kuzet.notices().pendingOutbox()).hasSize(1);
        }
    }

    /** The test server's certificate is its own: refused until the administrator trusts that host. */
    @Test
    void tlsRefusesAnUntrustedCertificateAndSendsOnceTheHostIsTrusted() throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            NoticeSettings s = kuzet.notices().settings();
            s.put("smtp.host", "127.0.0.1", "admin");
            s.put("smtp.port", Integer.toString(SMTPS.getSmtps().getPort()), "admin");
            s.put("smtp.security", "tls", "admin");
            s.put("smtp.user", "nccc", "admin");
            s.put("smtp.password", "s3cret", "admin");
            s.put("smtp.from", "nccc@sts.kz", "admin");
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(recordId, NoticeKind.SB, NoticeLanguage.RU, NoticeFixture.SIGNER,
                    "analyst1").noticeId();

            NoticeService.SendResult refused = kuzet.notices().send(noticeId, "analyst1");

            assertThat(refused.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(refused.error()).containsIgnoringCase("certificat");
            assertThat(SMTPS.getReceivedMessages()).isEmpty();

            s.put("smtp.trust", "127.0.0.1", "admin");
            clock.advance(Duration.ofMinutes(2));
            NoticeService.RetryResult retry = kuzet.notices().retryDue("outbox");

            assertThat(retry.sent()).isEqualTo(1);
            assertThat(SMTPS.getReceivedMessages()).hasSize(1);
            assertThat(kuzet.notices().find(noticeId).orElseThrow().getSentAt()).isEqualTo(clock.instant());
        }
    }
}
