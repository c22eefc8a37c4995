package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("nccc", "s3cret"))
            .withPerMethodLifecycle(true);

    private static final Instant SENT_AT = NoticeFixture.DETECTED.plusSeconds(17 * 60);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void emailedNoticeArrivesWithItsPdfAndStopsTheClock(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(15 * 60));
        try (Kuzet kuzet = engine.open(clock)) {
            configure(kuzet, SMTP.getSmtp().getPort());
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            NoticeService.Created created = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER);
            clock.set(SENT_AT);

            NoticeService.SendResult result = kuzet.notices().send(LEAD, created.noticeId());

            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.SENT);
            assertThat(result.sentAt()).isEqualTo(SENT_AT);
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).hasSize(1);
            MimeMessage m = received[0];
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("soc@mtsk.gov.kz");
            assertThat(m.getFrom()[0].toString()).isEqualTo("nccc@sts.kz");
            assertThat(m.getSubject()).contains(created.registrationNumber(), "хабарлама");
            Multipart parts = (Multipart) m.getContent();
            BodyPart attachment = parts.getBodyPart(1);
            assertThat(attachment.getFileName()).isEqualTo("notice-2026-00001.pdf");
            byte[] pdf = attachment.getInputStream().readAllBytes();
            assertThat(NoticeService.sha256(pdf)).isEqualTo(created.sha256());
            assertThat(PdfText.of(pdf).text()).contains("ХАБАРЛАМА", "WS-ҚҰЖАТ-17");

            Notice notice = kuzet.notices().find(ANALYST, created.noticeId()).orElseThrow();
            assertThat(notice.getSentAt()).isEqualTo(SENT_AT);
            assertThat(notice.getChannel()).isEqualTo(DeliveryChannel.EMAIL);
            IncidentRecord r = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId));
            assertThat(r.getSbNoticeSentAt()).isEqualTo(SENT_AT);
            assertThat(kuzet.clocks().now(r.clockFacts()).get(ClockName.SB_NOTICE).state()).isEqualTo(ClockState.MET);
            assertThat(actions(kuzet)).contains("notice.create", "notice.queue", "notice.send");
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
            assertThatThrownBy(() -> kuzet.notices().send(LEAD, created.noticeId()))
                    .hasMessageContaining("already sent");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aFailedSendingWaitsInTheOutboxAcrossARestartAndGoesOutOnRetry(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(40 * 60));
        DatabaseSettings db = engine.settings();
        long recordId;
        long noticeId;
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            configure(kuzet, closedPort());
            recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.RU, NoticeFixture.SIGNER).noticeId();

            NoticeService.SendResult failed = kuzet.notices().send(LEAD, noticeId);

            assertThat(failed.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(failed.error()).startsWith("SMTP 127.0.0.1:");
            assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(kuzet.notices().pendingOutbox(LEAD)).singleElement()
                    .satisfies(m -> assertThat(m.getLastError()).isNotBlank());
            IncidentRecord r = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId));
            assertThat(r.getKnbNoticeSentAt()).isNull();
            assertThat(actions(kuzet)).contains("notice.send_failed");
        }
        // the workstation restarts; the SMTP server is back
        clock.advance(Duration.ofMinutes(3));
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            configure(kuzet, SMTP.getSmtp().getPort());
            NoticeService.RetryResult retry = kuzet.notices().retryDue(LEAD);

            assertThat(retry.due()).isEqualTo(1);
            assertThat(retry.sent()).isEqualTo(1);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("knb@knb.kz");
            assertThat(kuzet.notices().pendingOutbox(LEAD)).isEmpty();
            IncidentRecord r = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId));
            assertThat(r.getKnbNoticeSentAt()).isEqualTo(clock.instant());
            assertThat(kuzet.notices().find(ANALYST, noticeId).orElseThrow().getSentAt()).isEqualTo(clock.instant());
            assertThat(kuzet.notices().retryDue(LEAD).due()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void deliveryByHandIsRecordedWithItsReferenceAndStopsTheEscalationClock(TestEngine engine) {
        Instant now = NoticeFixture.DETECTED.plus(Duration.ofHours(49));
        MutableClock clock = new MutableClock(now);
        try (Kuzet kuzet = engine.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            long noticeId = kuzet.notices().create(LEAD, recordId, NoticeKind.ESCALATION, NoticeLanguage.BOTH,
                    NoticeFixture.SIGNER).noticeId();
            Instant handed = now.minusSeconds(60);
            assertThatThrownBy(() -> kuzet.notices().recordManualDelivery(LEAD, noticeId, DeliveryChannel.BY_HAND, " ",
                    handed)).hasMessageContaining("reference");
            assertThatThrownBy(() -> kuzet.notices().recordManualDelivery(LEAD, noticeId, DeliveryChannel.BY_HAND, "1",
                    now.plusSeconds(60))).hasMessageContaining("future");

            kuzet.notices().recordManualDelivery(LEAD, noticeId, DeliveryChannel.BY_HAND, "Кіріс № 15-04/118",
                    handed);

            Notice n = kuzet.notices().find(ANALYST, noticeId).orElseThrow();
            assertThat(n.getSentAt()).isEqualTo(handed);
            assertThat(n.getChannel()).isEqualTo(DeliveryChannel.BY_HAND);
            assertThat(n.getDeliveryReference()).isEqualTo("Кіріс № 15-04/118");
            IncidentRecord r = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId));
            assertThat(r.getEscalationNoticeAt()).isEqualTo(handed);
            assertThat(kuzet.clocks().now(r.clockFacts()).get(ClockName.ESCALATION).state())
                    .isEqualTo(ClockState.ESCALATED);
        }
    }

    private static void configure(Kuzet kuzet, int port) {
        NoticeSettings s = kuzet.notices().settings();
        s.put(ADMIN, "smtp.host", "127.0.0.1");
        s.put(ADMIN, "smtp.port", Integer.toString(port));
        s.put(ADMIN, "smtp.security", "none");
        s.put(ADMIN, "smtp.user", "nccc");
        s.put(ADMIN, "smtp.password", "s3cret");
        s.put(ADMIN, "smtp.from", "nccc@sts.kz");
        s.put(ADMIN, "notice.knb.email", "knb@knb.kz");
        s.put(ADMIN, "notice.authority.email", "mcri@gov.kz");
    }

    private static java.util.List<String> actions(Kuzet kuzet) {
        return kuzet.tx().read(em -> em.createQuery("select a.action from AuditEntry a order by a.seq", String.class)
                .getResultList());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
