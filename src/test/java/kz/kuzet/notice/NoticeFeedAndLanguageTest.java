package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Other consoles learn of a sent notice through the change feed; each recipient's language is kept. */
class NoticeFeedAndLanguageTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aDeliveryRecordedByAnyCallerIsNotedInTheChangeFeed(TestEngine engine) {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = engine.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long before = kuzet.changes().latestId();
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER).noticeId();
            long made = kuzet.changes().latestId();
            assertThat(kuzet.changes().since(before, 100)).extracting(ChangeFeed.Change::entity,
                    ChangeFeed.Change::entityId).containsExactly(org.assertj.core.groups.Tuple.tuple("notice",
                    noticeId));

            kuzet.notices().recordManualDelivery(LEAD, noticeId, DeliveryChannel.E_DOCUMENT, "ED-17",
                    clock.instant());

            List<ChangeFeed.Change> sent = kuzet.changes().since(made, 100);
            assertThat(sent).extracting(ChangeFeed.Change::entity, ChangeFeed.Change::entityId).contains(
                    org.assertj.core.groups.Tuple.tuple("incident_record", recordId),
                    org.assertj.core.groups.Tuple.tuple("notice", noticeId));
        }
    }

    @Test
    void anEmailSentThroughTheOutboxIsNotedInTheChangeFeed() {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            NoticeSettings s = kuzet.notices().settings();
            s.put(ADMIN, "smtp.host", "127.0.0.1");
            s.put(ADMIN, "smtp.port", Integer.toString(SMTP.getSmtp().getPort()));
            s.put(ADMIN, "smtp.security", "none");
            s.put(ADMIN, "smtp.from", "nccc@sts.kz");
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER).noticeId();
            long before = kuzet.changes().latestId();

            assertThat(kuzet.notices().send(LEAD, noticeId).outcome()).isEqualTo(NoticeService.Outcome.SENT);

            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(kuzet.changes().since(before, 100)).extracting(ChangeFeed.Change::entity,
                    ChangeFeed.Change::entityId).contains(org.assertj.core.groups.Tuple.tuple("incident_record",
                    recordId));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void eachRecipientsStoredLanguageIsTheDefault(TestEngine engine) {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = engine.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            NoticeService notices = kuzet.notices();
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK))
                    .isEqualTo(NoticeLanguage.KK);

            notices.languages().setForBody(ADMIN, "mtsk", NoticeLanguage.BOTH);
            notices.settings().put(ADMIN, RecipientLanguages.KNB_SETTING, "ru");

            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK))
                    .isEqualTo(NoticeLanguage.BOTH);
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.RECOMMENDATION, NoticeLanguage.KK))
                    .isEqualTo(NoticeLanguage.BOTH);
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.KK))
                    .isEqualTo(NoticeLanguage.RU);
            // no authorized-body language: the escalation letter follows KNB's, its copy recipient
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.ESCALATION, NoticeLanguage.KK))
                    .isEqualTo(NoticeLanguage.RU);
            notices.settings().put(ADMIN, RecipientLanguages.AUTHORITY_SETTING, "kk");
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.ESCALATION, NoticeLanguage.RU))
                    .isEqualTo(NoticeLanguage.KK);
            assertThat(notices.languages().bodies(ANALYST)).extracting(RecipientLanguages.BodyLanguage::bodyCode,
                    RecipientLanguages.BodyLanguage::language).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("MTSK", NoticeLanguage.BOTH));
            long audited = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.action"
                    + " = 'notice.language'", Long.class).getSingleResult());
            assertThat(audited).isEqualTo(1);
            notices.settings().put(ADMIN, RecipientLanguages.KNB_SETTING, "kk");
            notices.settings().put(ADMIN, "smtp.password", "s3cret");
            List<String[]> changes = kuzet.tx().read(em -> em.createQuery("select a.beforeState, a.afterState"
                    + " from AuditEntry a where a.action = 'setting.change' order by a.seq", Object[].class)
                    .getResultList().stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList());
            assertThat(changes).extracting(c -> c[0]).containsExactly(
                    "{\"setting\":\"notice.knb.language\",\"value\":null}",
                    "{\"setting\":\"notice.authority.language\",\"value\":null}",
                    "{\"setting\":\"notice.knb.language\",\"value\":\"ru\"}",
                    "{\"setting\":\"smtp.password\",\"value\":null}");
            assertThat(changes.get(2)[1]).isEqualTo("{\"setting\":\"notice.knb.language\",\"value\":\"kk\"}");
            assertThat(changes.get(3)[1]).isEqualTo("{\"setting\":\"smtp.password\",\"value\":\"***\"}")
                    .doesNotContain("s3cret");

            notices.languages().setForBody(ADMIN, "MTSK", null);
            assertThat(notices.preferredLanguage(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.RU))
                    .isEqualTo(NoticeLanguage.RU);
        }
    }

    @Test
    void badLanguagesAndOutsidersAreRefusedWithTheReason() {
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            NoticeFixture.incident(kuzet, RecordKind.EVENT);
            NoticeService notices = kuzet.notices();
            assertThatThrownBy(() -> notices.settings().put(ADMIN, RecipientLanguages.KNB_SETTING, "en"))
                    .hasMessageContaining("use kk, ru or both");
            assertThatThrownBy(() -> notices.languages().setForBody(ADMIN, "NOPE", NoticeLanguage.RU))
                    .hasMessageContaining("no state body with the code 'NOPE'");
            assertThatThrownBy(() -> notices.languages().setForBody(ANALYST, "MTSK", NoticeLanguage.RU))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(notices.languages().ofBody(kuzet.tx().read(em -> em.createQuery(
                    "select b.id from StateBody b", Long.class).getSingleResult()))).isEmpty();
        }
    }
}
