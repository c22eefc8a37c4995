package kz.kuzet.incident;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static kz.kuzet.incident.TriageServiceTest.auditCount;
import static kz.kuzet.incident.TriageServiceTest.seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResponseServiceTest {

    private static final Instant T0 = Instant.parse("2026-07-12T05:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void everyResponseActionIsStoredAuditedOnTheTimelineAndMovesTheClocks(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            long id = kuzet.triage().classify(lead("a1"), List.of(f.detection("7001", T0)), RecordKind.INCIDENT).get(0);
            ResponseService r = kuzet.response();
            long v = seen(kuzet, id).version();

            clock.advance(Duration.ofMinutes(20));
            assertThat(board(kuzet, id).get(ClockName.SB_NOTICE).fractionLeft()).isLessThan(0.5);
            v = kuzet.triage().writeInitialAnalysis(lead("a1"), new VersionedId(id, v), "Сканирование портов с 185.1.1.1");
            v = r.recordNoticeSent(lead("a1"), new VersionedId(id, v), NoticeKind.SB, "soc@minfin.gov.kz",
                    DeliveryChannel.EMAIL, "MSG-1", clock.instant());
            assertThat(board(kuzet, id).get(ClockName.SB_NOTICE).state()).isEqualTo(ClockState.MET);
            assertThat(board(kuzet, id).get(ClockName.SB_REPORT).state()).isEqualTo(ClockState.RUNNING);
            v = r.addRecommendation(lead("a1"), new VersionedId(id, v), "Изолировать хост");
            v = r.addContainmentMeasure(lead("a1"), new VersionedId(id, v), f.sensorId, "Блокировка 185.1.1.1 на NGFW");
            v = r.decideDispatch(lead("lead"), new VersionedId(id, v), DispatchDecider.KNB, "Серікбаев Н.",
                    clock.instant(), "выезд в 14:00");
            clock.advance(Duration.ofHours(4));
            v = r.recordNoticeSent(lead("a1"), new VersionedId(id, v), NoticeKind.KNB, "КНБ", DeliveryChannel.E_DOCUMENT,
                    "ED-7", clock.instant());
            assertThat(board(kuzet, id).get(ClockName.KNB_NOTICE).state()).isEqualTo(ClockState.LATE);
            v = r.recordStateBodyReport(lead("a1"), new VersionedId(id, v), clock.instant(), "Причина найдена",
                    "Хост изолирован", false);
            assertThat(board(kuzet, id).get(ClockName.SB_REPORT).state()).isEqualTo(ClockState.MET);
            clock.advance(Duration.ofHours(45));
            assertThat(board(kuzet, id).get(ClockName.ESCALATION).state()).isEqualTo(ClockState.OVERDUE);
            v = r.escalate(lead("lead"), new VersionedId(id, v), "Уполномоченный орган, КНБ", DeliveryChannel.E_DOCUMENT,
                    "ED-9");
            assertThat(board(kuzet, id).get(ClockName.ESCALATION).state()).isEqualTo(ClockState.ESCALATED);
            assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().status()).isEqualTo(RecordStatus.ESCALATED);
            v = r.recordEliminated(lead("a1"), new VersionedId(id, v), clock.instant());
            v = r.close(lead("lead"), new VersionedId(id, v));
            assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().status()).isEqualTo(RecordStatus.CLOSED);

            List<TimelineEntry> timeline = kuzet.queues().timeline(SYSTEM, id);
            assertThat(timeline).extracting(TimelineEntry::type).contains("detection", "notice", "recommendation",
                    "measure", "dispatch", "report", "audit:record.close", "audit:record.initial_analysis");
            assertThat(timeline).extracting(TimelineEntry::at).isSorted();
            assertThat(timeline).filteredOn(e -> e.type().equals("dispatch")).first()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo("KNB"));
            assertThat(auditCount(kuzet, "notice.sent")).isEqualTo(3);
            assertThat(kuzet.auditVerifier()).isNotNull();
            assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().version()).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void badInputIsRefusedWithAReasonAndAStaleVersionLosesNothing(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            long id = kuzet.triage().classify(lead("a1"), List.of(f.detection("8001", T0)), RecordKind.EVENT).get(0);
            VersionedId v = seen(kuzet, id);
            ResponseService r = kuzet.response();
            assertThatThrownBy(() -> r.addRecommendation(lead("a1"), v, "  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> r.recordStateBodyReport(lead("a1"), v, T0.plus(Duration.ofHours(1)), "x", null, true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
            assertThatThrownBy(() -> r.addContainmentMeasure(lead("a1"), v, 999_999L, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensor");
            r.addRecommendation(lead("a1"), v, "Первая");
            assertThatThrownBy(() -> r.addRecommendation(lead("a2"), v, "Вторая"))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(kuzet.queues().timeline(SYSTEM, id)).filteredOn(e -> e.type().equals("recommendation")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void rolesAreCheckedBeforeAnyChange(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            var analyst = kz.kuzet.testing.Actors.analyst("an1");
            long id = kuzet.triage().classify(analyst, List.of(f.detection("8101", T0)), RecordKind.EVENT).get(0);
            VersionedId v = seen(kuzet, id);
            assertThatThrownBy(() -> kuzet.triage().assign(analyst, v, "someone"))
                    .isInstanceOf(kz.kuzet.security.AccessDeniedException.class);
            var auditor = kz.kuzet.security.Actor.user("au", kz.kuzet.security.Role.AUDITOR, null, null);
            assertThatThrownBy(() -> kuzet.response().recordNoticeSent(auditor, v, NoticeKind.SB, "x",
                    DeliveryChannel.EMAIL, "r", T0)).isInstanceOf(kz.kuzet.security.AccessDeniedException.class);
            var otherCoordinator = kz.kuzet.security.Actor.user("co", kz.kuzet.security.Role.COORDINATOR,
                    f.otherBodyId, "MZ");
            assertThatThrownBy(() -> kuzet.response().addRecommendation(otherCoordinator, v, "text"))
                    .isInstanceOf(kz.kuzet.security.AccessDeniedException.class);
            var coordinator = kz.kuzet.security.Actor.user("cm", kz.kuzet.security.Role.COORDINATOR, f.bodyId, "MF");
            kuzet.response().addRecommendation(coordinator, v, "Their own body's record");
            f.detection("8102", T0, f.otherObjectId, true);
            f.detection("8103", T0);
            assertThat(kuzet.queues().newDetections(coordinator, 10).groups()).extracting(DetectionGroup::bodyCode)
                    .containsExactly("MF");
            assertThat(kuzet.queues().newDetections(otherCoordinator, 10).groups()).extracting(DetectionGroup::bodyCode)
                    .containsExactly("MZ");
            assertThat(kuzet.queues().records(otherCoordinator, RecordFilter.OPEN, T0, 10)).isEmpty();
            assertThat(kuzet.queues().records(coordinator, RecordFilter.OPEN, T0, 10)).hasSize(1);
            assertThatThrownBy(() -> kuzet.queues().detail(otherCoordinator, id))
                    .isInstanceOf(kz.kuzet.security.AccessDeniedException.class);
            assertThat(kuzet.queues().unattributed(coordinator, 10)).isEmpty();
            assertThat(kuzet.queues().timeline(SYSTEM, id)).filteredOn(e -> e.type().equals("recommendation"))
                    .extracting(TimelineEntry::actor).containsExactly("cm");
        }
    }

    private static ClockBoard board(Kuzet kuzet, long id) {
        return RegulationClocks.evaluate(kuzet.records().find(SYSTEM, id).orElseThrow().facts(), kuzet.clock().instant());
    }
}
