package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.AUDITOR;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.report.Quarter;
import kz.kuzet.report.SummaryKind;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.security.Actor;
import kz.kuzet.security.NewUser;
import kz.kuzet.security.Role;
import kz.kuzet.security.UserProfile;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may prepare, send and read notices and summaries, checked by the services themselves. */
class NoticeAccessTest {

    private static final Instant NOW = NoticeFixture.DETECTED.plusSeconds(20 * 60);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aCoordinatorOfAnotherBodyAndAnAuditorAreRefusedAndNothingIsMadeOrSent(TestEngine engine) {
        try (Kuzet kuzet = engine.open(new MutableClock(NOW))) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            long ownBodyId = kuzet.tx().read(em -> em.createQuery("select r.stateBody.id from IncidentRecord r"
                    + " where r.id = :id", Long.class).setParameter("id", recordId).getSingleResult());
            long otherBodyId = kuzet.tx().call(em -> {
                StateBody other = new StateBody("OTHR", "Басқа министрлік", "Другое министерство",
                        StateBodyKind.MINISTRY);
                em.persist(other);
                em.flush();
                return other.getId();
            });
            Actor otherCoordinator = Actor.user("coord.othr", Role.COORDINATOR, otherBodyId, "OTHR");
            Actor ownCoordinator = Actor.user("coord.mtsk", Role.COORDINATOR, ownBodyId, "MTSK");
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER).noticeId();
            NoticeService notices = kuzet.notices();

            for (Actor refused : List.of(otherCoordinator, ownCoordinator, AUDITOR)) {
                assertThatThrownBy(() -> notices.create(refused, recordId, NoticeKind.SB, NoticeLanguage.KK,
                        NoticeFixture.SIGNER)).isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("may not prepare notices");
                assertThatThrownBy(() -> notices.draftPages(refused, recordId, NoticeKind.SB, NoticeLanguage.KK,
                        NoticeFixture.SIGNER, 0.5f)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> notices.send(refused, noticeId))
                        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not send notices");
                assertThatThrownBy(() -> notices.recordManualDelivery(refused, noticeId, DeliveryChannel.BY_HAND,
                        "№ 1", NOW)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> notices.retryDue(refused)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> notices.settings().put(refused, "notice.knb.email", "x@knb.kz"))
                        .isInstanceOf(AccessDeniedException.class);
            }

            // reading: the other body's coordinator sees nothing of it, the own body's and the auditor do
            assertThatThrownBy(() -> notices.document(otherCoordinator, noticeId))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("belongs to state body MTSK");
            assertThat(notices.find(otherCoordinator, noticeId)).isEmpty();
            assertThat(notices.document(ownCoordinator, noticeId)).startsWith('%', 'P', 'D', 'F');
            assertThat(notices.find(ownCoordinator, noticeId)).isPresent();
            assertThat(notices.document(AUDITOR, noticeId)).startsWith('%', 'P', 'D', 'F');

            // the quarterly summary covers every body: no coordinator makes one
            Quarter q3 = Quarter.parse("2026-Q3");
            assertThatThrownBy(() -> kuzet.quarterly().compute(ownCoordinator, q3, SummaryKind.STS_KNB))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("covers every state body");
            assertThat(kuzet.quarterly().compute(AUDITOR, q3, SummaryKind.STS_KNB).incidents()).isEqualTo(1);

            // nothing was made, sent or delivered by the refused calls, and the next number follows on
            long made = kuzet.tx().read(em -> em.createQuery("select count(n) from Notice n", Long.class)
                    .getSingleResult());
            assertThat(made).isEqualTo(1);
            assertThat(notices.find(LEAD, noticeId).orElseThrow().getSentAt()).isNull();
            assertThat(notices.create(LEAD, recordId, NoticeKind.SB, NoticeLanguage.RU, NoticeFixture.SIGNER)
                    .registrationNumber()).isEqualTo("2026/00002");
            kuzet.access().awaitRecorded();
            List<String> deniedActors = kuzet.tx().read(em -> em.createQuery("select a.actor from AuditEntry a"
                    + " where a.action = 'access.denied'", String.class).getResultList());
            assertThat(deniedActors).contains("coord.othr", "coord.mtsk", "auditor");
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theSignerIsTheUsersProfileElseTheSettings(TestEngine engine) {
        try (Kuzet kuzet = engine.open(new MutableClock(NOW))) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            Actor setUp = Actor.system("test-setup");
            char[] password = "a long test password".toCharArray();
            kuzet.users().create(setUp, new NewUser("zhanar", null, Role.SHIFT_LEAD, null,
                    new UserProfile("Ахметова Жанар Болатқызы", "Кезекші ауысымның басшысы")), password);
            kuzet.users().create(setUp, new NewUser("dana", null, Role.ANALYST, null), password);
            Actor zhanar = Actor.user("zhanar", Role.SHIFT_LEAD, null, null);
            Actor dana = Actor.user("dana", Role.ANALYST, null, null);

            assertThatThrownBy(() -> kuzet.notices().create(dana, recordId, NoticeKind.SB, NoticeLanguage.KK, null))
                    .hasMessageContaining("kuzet user profile").hasMessageContaining("notice.signer.name");

            byte[] own = kuzet.notices().create(zhanar, recordId, NoticeKind.SB, NoticeLanguage.KK, null).pdf();
            assertThat(PdfText.of(own).text()).contains("Ахметова Жанар Болатқызы", "Кезекші ауысымның басшысы");

            kuzet.notices().settings().put(ADMIN, "notice.signer.name", "Нұрланов Әлібек");
            kuzet.notices().settings().put(ADMIN, "notice.signer.position", "КҰҰО директоры");
            byte[] configured = kuzet.notices().create(dana, recordId, NoticeKind.SB, NoticeLanguage.RU, null).pdf();
            assertThat(PdfText.of(configured).text()).contains("Нұрланов Әлібек", "КҰҰО директоры")
                    .doesNotContain("Ахметова");

            kuzet.users().updateProfile(dana, null, "Сейітова Дана", "Талдаушы");
            assertThat(kuzet.notices().defaultSigner(dana)).isEqualTo(new Signer("Сейітова Дана", "Талдаушы"));
            assertThatThrownBy(() -> kuzet.users().updateProfile(dana, "zhanar", "X", null))
                    .isInstanceOf(AccessDeniedException.class);
            List<String> actions = kuzet.tx().read(em -> em.createQuery("select a.action from AuditEntry a"
                    + " where a.actor = 'dana'", String.class).getResultList());
            assertThat(actions).contains("user.profile", "notice.create");
        }
    }
}
