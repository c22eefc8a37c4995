package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.LEAD;
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
            s.put(ADMIN, "smtp.host", "127.0.0.1");
            s.put(ADMIN, "smtp.port", Integer.toString(PLAIN.getSmtp().getPort()));
            s.put(ADMIN, "smtp.security", "starttls");
            s.put(ADMIN, "smtp.from", "nccc@sts.kz");
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK, NoticeFixture.SIGNER).noticeId();

            NoticeService.SendResult result = kuzet.notices().send(LEAD, noticeId);

            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(result.error()).contains("STARTTLS");
            assertThat(PLAIN.getReceivedMessages()).isEmpty();
            assertThat(kuzet.notices().pendingOutbox(LEAD)).hasSize(1);
        }
    }

    /** The test server's certificate is its own: refused until the administrator trusts that host. */
    @Test
    void tlsRefusesAnUntrustedCertificateAndSendsOnceTheHostIsTrusted() throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            NoticeSettings s = kuzet.notices().settings();
            s.put(ADMIN, "smtp.host", "127.0.0.1");
            s.put(ADMIN, "smtp.port", Integer.toString(SMTPS.getSmtps().getPort()));
            s.put(ADMIN, "smtp.security", "tls");
            s.put(ADMIN, "smtp.user", "nccc");
            s.put(ADMIN, "smtp.password", "s3cret");
            s.put(ADMIN, "smtp.from", "nccc@sts.kz");
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.RU, NoticeFixture.SIGNER).noticeId();

            NoticeService.SendResult refused = kuzet.notices().send(LEAD, noticeId);

            assertThat(refused.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(refused.error()).containsIgnoringCase("certificat");
            assertThat(SMTPS.getReceivedMessages()).isEmpty();

            s.put(ADMIN, "smtp.trust", "127.0.0.1");
            clock.advance(Duration.ofMinutes(2));
            NoticeService.RetryResult retry = kuzet.notices().retryDue(LEAD);

            assertThat(retry.sent()).isEqualTo(1);
            assertThat(SMTPS.getReceivedMessages()).hasSize(1);
            assertThat(kuzet.notices().find(ANALYST, noticeId).orElseThrow().getSentAt()).isEqualTo(clock.instant());
        }
    }
}
