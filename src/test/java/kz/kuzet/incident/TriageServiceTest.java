package kz.kuzet.incident;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TriageServiceTest {

    private static final Instant T0 = Instant.parse("2026-07-12T05:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void classifyingCreatesOneRecordPerBodyFromTheEarliestDetectionAndAuditsIt(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            VersionedId late = f.detection("2001", T0.minusSeconds(60));
            VersionedId early = f.detection("2001", T0.minusSeconds(600));
            VersionedId other = f.detection("2002", T0.minusSeconds(300), f.otherObjectId, true);
            long feedBefore = kuzet.changes().latestId();

            List<Long> ids = kuzet.triage().classify(lead("analyst1"), List.of(late, early, other), RecordKind.INCIDENT);

            assertThat(ids).hasSize(2);
            RecordSummary mf = kuzet.records().find(SYSTEM, ids.get(0)).orElseThrow();
            assertThat(mf.bodyCode()).isEqualTo("MF");
            assertThat(mf.facts().detected()).isEqualTo(T0.minusSeconds(600));
            assertThat(mf.kind()).isEqualTo(RecordKind.INCIDENT);
            assertThat(mf.assignee()).isEqualTo("analyst1");
            assertThat(kuzet.queues().newDetections(SYSTEM, 100).totalDetections()).isZero();
            RecordDetail detail = kuzet.queues().detail(SYSTEM, mf.id());
            assertThat(detail.detections()).extracting(RecordDetail.LinkedDetection::id)
                    .containsExactly(early.id(), late.id());
            assertThat(detail.objects()).extracting(RecordDetail.ObjectInfo::hostName).containsExactly("MF-WS-0001");
            assertThat(detail.timeline()).extracting(TimelineEntry::type).contains("detection", "audit:record.create");
            assertThat(auditCount(kuzet, "record.create")).isEqualTo(2);
            assertThat(auditCount(kuzet, "detection.triage")).isEqualTo(3);
            assertThat(kuzet.changes().since(feedBefore, 100)).extracting(c -> c.entity())
                    .contains("incident_record", "detection");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void mergingKeepsTheEarliestClockAndClocksNeverRestart(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            VersionedId first = f.detection("3001", T0.minus(Duration.ofMinutes(10)));
            long id = kuzet.triage().classify(lead("a1"), List.of(first), RecordKind.EVENT).get(0);
            VersionedId earlier = f.detection("3002", T0.minus(Duration.ofMinutes(25)));
            VersionedId later = f.detection("3003", T0.minus(Duration.ofMinutes(1)));

            long v = kuzet.triage().mergeInto(lead("a1"), seen(kuzet, id), List.of(later));
            assertThat(detected(kuzet, id)).isEqualTo(T0.minus(Duration.ofMinutes(10)));
            v = kuzet.triage().mergeInto(lead("a1"), new VersionedId(id, v), List.of(earlier));
            assertThat(detected(kuzet, id)).isEqualTo(T0.minus(Duration.ofMinutes(25)));

            clock.advance(Duration.ofMinutes(20));
            v = kuzet.triage().reclassify(lead("a2"), new VersionedId(id, v), RecordKind.INCIDENT);
            v = kuzet.response().close(lead("a2"), new VersionedId(id, v));
            v = kuzet.response().reopen(lead("a2"), new VersionedId(id, v));
            assertThat(detected(kuzet, id)).isEqualTo(T0.minus(Duration.ofMinutes(25)));
            RecordSummary r = kuzet.records().find(SYSTEM, id).orElseThrow();
            assertThat(r.status()).isEqualTo(RecordStatus.IN_PROGRESS);
            assertThat(RegulationClocks.evaluate(r.facts(), clock.instant()).get(ClockName.SB_NOTICE).state())
                    .isEqualTo(ClockState.OVERDUE);
            assertThat(r.version()).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aStaleVersionOrAnAlreadyTriagedDetectionIsRefusedAndChangesNothing(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            VersionedId d = f.detection("4001", T0.minusSeconds(30));
            long id = kuzet.triage().classify(lead("a1"), List.of(d), RecordKind.EVENT).get(0);
            VersionedId seenByBoth = seen(kuzet, id);

            kuzet.triage().assign(lead("a1"), seenByBoth, "analyst7");
            assertThatThrownBy(() -> kuzet.triage().assign(lead("a2"), seenByBoth, "analyst9"))
                    .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Another analyst");
            assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().assignee()).isEqualTo("analyst7");

            assertThatThrownBy(() -> kuzet.triage().classify(lead("a2"), List.of(d), RecordKind.FALSE_POSITIVE))
                    .isInstanceOf(ConcurrentChangeException.class);
            VersionedId fresh = f.detection("4002", T0);
            VersionedId wrong = new VersionedId(fresh.id(), fresh.version() + 5);
            assertThatThrownBy(() -> kuzet.triage().classify(lead("a2"), List.of(wrong), RecordKind.EVENT))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThatThrownBy(() -> kuzet.triage().classify(lead("a2"), List.of(), RecordKind.EVENT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("select");
            assertThat(kuzet.queues().newDetections(SYSTEM, 10).totalDetections()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void queueGroupsMostUrgentFirstAndUnattributedCanBeAttributed(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            f.detection("5001", T0.minusSeconds(60));
            f.detection("5001", T0.minusSeconds(30));
            f.detection("5002", T0.minusSeconds(900), f.otherObjectId, true);
            VersionedId lost = f.detection("5003", T0.minusSeconds(100), f.objectId, false);

            DetectionQueue q = kuzet.queues().newDetections(SYSTEM, 10);
            assertThat(q.totalGroups()).isEqualTo(2);
            assertThat(q.totalDetections()).isEqualTo(3);
            assertThat(q.groups().get(0).bodyCode()).isEqualTo("MZ");
            assertThat(q.groups().get(1).count()).isEqualTo(2);
            assertThat(kuzet.queues().newDetections(SYSTEM, 1).groups()).hasSize(1);
            assertThat(kuzet.queues().unattributed(SYSTEM, 10)).extracting(DetectionLine::id).containsExactly(lost.id());
            assertThat(kuzet.queues().findObjects(SYSTEM, "mf-ws", 10)).extracting(ObjectChoice::id)
                    .containsExactly(f.objectId);

            kuzet.triage().attribute(lead("a1"), lost, f.objectId);
            assertThat(kuzet.queues().unattributed(SYSTEM, 10)).isEmpty();
            assertThat(kuzet.queues().newDetections(SYSTEM, 10).totalDetections()).isEqualTo(4);
            assertThatThrownBy(() -> kuzet.triage().attribute(lead("a2"), lost, f.objectId))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(auditCount(kuzet, "detection.attribute")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void recordsAreFilteredSearchedAndViewsSaved(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            IncidentFixture f = new IncidentFixture(kuzet);
            long a = kuzet.triage().classify(lead("a1"), List.of(f.detection("6001", T0.minusSeconds(60))),
                    RecordKind.INCIDENT).get(0);
            long b = kuzet.triage().classify(lead("a2"), List.of(f.detection("6002", T0.minusSeconds(60), f.otherObjectId,
                    true)), RecordKind.EVENT).get(0);
            kuzet.triage().grade(lead("a1"), seen(kuzet, b), Severity.CRITICAL, Category.PHISHING);

            assertThat(ids(kuzet, new RecordFilter("MZ", null, null, null, null, null, null))).containsExactly(b);
            assertThat(ids(kuzet, new RecordFilter(null, Severity.CRITICAL, Category.PHISHING, null, null, null, null)))
                    .containsExactly(b);
            assertThat(ids(kuzet, new RecordFilter(null, null, null, "A1", null, null, null))).containsExactly(a);
            assertThat(ids(kuzet, new RecordFilter(null, null, null, null, null, null, "здравоохранения")))
                    .containsExactly(b);
            assertThat(ids(kuzet, new RecordFilter(null, null, null, null, null, null, "#" + a))).containsExactly(a);
            assertThat(ids(kuzet, new RecordFilter(null, null, null, null, null, ClockState.OVERDUE, null))).isEmpty();
            clock.advance(Duration.ofMinutes(40));
            assertThat(ids(kuzet, new RecordFilter(null, null, null, null, null, ClockState.OVERDUE, null)))
                    .containsExactlyInAnyOrder(a, b);
            kuzet.response().close(lead("a1"), seen(kuzet, a));
            assertThat(ids(kuzet, RecordFilter.OPEN)).containsExactly(b);
            assertThat(ids(kuzet, new RecordFilter(null, null, null, null, RecordStatus.CLOSED, null, null)))
                    .containsExactly(a);

            RecordFilter critical = new RecordFilter("MZ", Severity.CRITICAL, null, null, null, null, "x");
            kuzet.savedViews().save("a1", "Critical MZ", critical);
            kuzet.savedViews().save("a1", "Critical MZ", critical);
            assertThat(kuzet.savedViews().list("a1")).containsExactly(java.util.Map.entry("Critical MZ", critical));
            assertThat(kuzet.savedViews().list("a2")).isEmpty();
        }
    }

    static List<Long> ids(Kuzet kuzet, RecordFilter filter) {
        return kuzet.queues().records(SYSTEM, filter, kuzet.clock().instant(), 1000).stream().map(RecordSummary::id).toList();
    }

    static VersionedId seen(Kuzet kuzet, long id) {
        return new VersionedId(id, kuzet.records().find(SYSTEM, id).orElseThrow().version());
    }

    static Instant detected(Kuzet kuzet, long id) {
        return kuzet.records().find(SYSTEM, id).orElseThrow().facts().detected();
    }

    static long auditCount(Kuzet kuzet, String action) {
        return kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.action = :a",
                Long.class).setParameter("a", action).getSingleResult());
    }
}
