package kz.kuzet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.registry.RegistryService.BodySummary;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoWorldTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aDemoWorldHasLifeOnEveryScreenAndIsMarkedAsDemo(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            DemoWorld.Summary s = new DemoWorld(kuzet, 11, DemoWorld.Size.SMALL).load();
            assertThat(s.bodies()).isGreaterThanOrEqualTo(20);
            kz.kuzet.security.Actor analyst = kuzet.authenticator().logIn("demo.analyst",
                    kz.kuzet.security.DemoUsers.PASSWORD.toCharArray());
            List<BodySummary> bodies = kuzet.registry().listBodies(analyst);
            assertThat(bodies).allSatisfy(b -> {
                assertThat(b.nameKk()).isNotBlank();
                assertThat(b.nameRu()).isNotBlank();
                assertThat(b.objects()).isPositive();
                assertThat(b.sensors()).isPositive();
            });
            assertThat(bodies.stream().mapToLong(BodySummary::objects).sum()).isEqualTo(s.objects());
            assertThat(DemoWorld.demoSeed(kuzet)).contains(11L);

            List<RecordSummary> open = kuzet.records().list(analyst, true);
            assertThat(open).isNotEmpty();
            assertThat(open).anySatisfy(r -> assertThat(RegulationClocks.evaluate(r.facts(), clock.instant())
                    .headline()).isPresent());
            assertThat(kuzet.records().list(analyst, false)).hasSize(s.records());
            List<ClockState> states = kuzet.records().list(analyst, false).stream()
                    .flatMap(r -> RegulationClocks.evaluate(r.facts(), clock.instant()).clocks().stream())
                    .map(c -> c.state()).distinct().toList();
            assertThat(states).contains(ClockState.MET, ClockState.NOT_APPLICABLE);

            long newDetections = kuzet.tx().read(em -> em.createQuery(
                    "select count(d) from Detection d where d.triage = kz.kuzet.incident.TriageState.NEW", Long.class)
                    .getSingleResult());
            assertThat(newDetections).as("detections waiting for triage").isPositive();
            long formats = kuzet.tx().read(em -> em.createQuery(
                    "select count(distinct d.sourceFormat) from Detection d", Long.class).getSingleResult());
            assertThat(formats).isGreaterThanOrEqualTo(5);

            assertAnnexesGivenByMostBodies(kuzet, analyst, s);

            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
            // demo.load, one user.create per demo user, and the analyst's log-in above
            assertThat(kuzet.auditVerifier().verify().entries())
                    .isEqualTo(1 + kz.kuzet.security.DemoUsers.ALL.size() + 1);
            assertWorkAtTheBodies(kuzet, analyst, s);
        }
    }

    /** Most bodies gave this and last quarter's annex; a few did not, and the clock and the summary agree. */
    private void assertAnnexesGivenByMostBodies(Kuzet kuzet, kz.kuzet.security.Actor analyst, DemoWorld.Summary s) {
        kz.kuzet.registry.AnnexService annexes = kuzet.annexes();
        assertThat(annexes.currentQuarter().toString()).isEqualTo("2026-Q4");
        kz.kuzet.registry.AnnexService.QuarterStatus now = annexes.quarterStatus(kz.kuzet.testing.Actors.SYSTEM, "2026-Q4");
        kz.kuzet.registry.AnnexService.QuarterStatus before = annexes.quarterStatus(kz.kuzet.testing.Actors.SYSTEM, "2026-Q3");
        assertThat(now.missing()).hasSize(4);
        assertThat(now.submitted()).hasSize(s.bodies() - 4);
        assertThat(before.missing()).hasSize(2);
        assertThat(s.annexes()).isEqualTo(now.submitted().size() + before.submitted().size());
        assertThat(kuzet.quarterly().compute(analyst, kz.kuzet.report.Quarter.parse("2026-Q4"),
                kz.kuzet.report.SummaryKind.of("sts-knb")).missingAnnex()).hasValueSatisfying(m ->
                assertThat(m).extracting(kz.kuzet.report.QuarterlySummary.BodyRef::code)
                        .containsExactlyElementsOf(now.missing()));

        String both = now.submitted().stream().filter(before.submitted()::contains).findFirst().orElseThrow();
        kz.kuzet.registry.AnnexService.Submission annex = annexes.latest(kz.kuzet.testing.Actors.SYSTEM, both, "2026-Q4").orElseThrow();
        assertThat(annex.receivedAt()).isBeforeOrEqualTo(clock.instant())
                .isAfterOrEqualTo(Instant.parse("2026-09-30T19:00:00Z"));
        assertThat(annexes.previewLines(kz.kuzet.testing.Actors.SYSTEM, both, "2026-Q4", annex.lines()).errors()).as("the demo annex is valid")
                .isEmpty();
        kz.kuzet.registry.annex.AnnexComparison change = annexes.compareWithPrevious(kz.kuzet.testing.Actors.SYSTEM, both, "2026-Q4").orElseThrow();
        assertThat(change.added()).isNotEmpty();
        assertThat(change.removed()).hasSize(1);
        assertThat(change.changed()).hasSize(1);
    }

    /** The registry's work tabs show installation and support work and the coordinator's work of every body. */
    private void assertWorkAtTheBodies(Kuzet kuzet, kz.kuzet.security.Actor analyst, DemoWorld.Summary s) {
        kz.kuzet.registry.SupportWorkService work = kuzet.supportWork();
        List<kz.kuzet.registry.SupportWorkService.WorkOrderView> orders = work.workOrders(analyst,
                java.util.Optional.empty(), false);
        assertThat(orders).hasSize(s.workOrders());
        assertThat(orders).extracting(o -> o.task().workType()).contains(kz.kuzet.registry.WorkType.INSTALLATION,
                kz.kuzet.registry.WorkType.SUPPORT);
        assertThat(orders).extracting(o -> o.status()).contains(kz.kuzet.registry.WorkStatus.DONE,
                kz.kuzet.registry.WorkStatus.IN_PROGRESS, kz.kuzet.registry.WorkStatus.PLANNED);
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.dueOn()).isAfterOrEqualTo(o.openedOn());
            if (o.doneOn() != null) {
                assertThat(o.doneOn()).isAfterOrEqualTo(o.openedOn()).isBeforeOrEqualTo(java.time.LocalDate.of(2026, 11, 24));
            }
        });
        assertThat(work.workOrders(analyst, java.util.Optional.empty(), true)).isNotEmpty();
        int activities = 0;
        for (BodySummary b : kuzet.registry().listBodies(analyst)) {
            List<kz.kuzet.registry.SupportWorkService.ActivityView> a = work.activities(analyst, b.code());
            assertThat(a).as("coordinator's work at " + b.code()).isNotEmpty();
            activities += a.size();
        }
        assertThat(activities).isEqualTo(s.activities());
        kz.kuzet.security.Actor coordinator = kuzet.authenticator().logIn("demo.coordinator.mf",
                kz.kuzet.security.DemoUsers.PASSWORD.toCharArray());
        assertThat(work.workOrders(coordinator, java.util.Optional.empty(), false))
                .extracting(o -> o.bodyCode()).containsOnly(kz.kuzet.security.DemoUsers.COORDINATOR_BODY);
        assertThat(work.activities(coordinator, kz.kuzet.security.DemoUsers.COORDINATOR_BODY)).isNotEmpty();
    }

    @Test
    void theSameSeedAndClockGiveTheSameWorldAndAnotherSeedAnother() {
        assertThat(fingerprint(5)).isEqualTo(fingerprint(5)).isNotEqualTo(fingerprint(6));
    }

    @Test
    void demoDataGoesOnlyIntoAnEmptyDatabase() {
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            new DemoWorld(kuzet, 1, DemoWorld.Size.SMALL).load();
            assertThatThrownBy(() -> new DemoWorld(kuzet, 2, DemoWorld.Size.SMALL).load())
                    .hasMessageContaining("empty database");
        }
    }

    private String fingerprint(long seed) {
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            DemoWorld.Summary s = new DemoWorld(kuzet, seed, DemoWorld.Size.SMALL).load();
            List<String> rows = kuzet.tx().read(em -> em.createQuery(
                    "select concat(o.hostName, '|', o.ipAddress, '|', o.operatingSystem, '|', o.responsiblePerson)"
                            + " from MonitoredObject o order by o.id", String.class).getResultList());
            List<String> detections = kuzet.tx().read(em -> em.createQuery(
                    "select d.dedupKey from Detection d order by d.id", String.class).getResultList());
            List<String> annexes = kuzet.tx().read(em -> em.createQuery("select concat(s.stateBody.code, '|',"
                    + " s.quarter, '|', s.receivedAt, '|', s.rowCount) from AnnexSubmission s order by s.id",
                    String.class).getResultList());
            List<String> work = kuzet.tx().read(em -> em.createQuery("select concat(w.stateBody.code, '|',"
                    + " w.task, '|', w.status, '|', w.openedOn, '|', coalesce(w.doneOn, w.dueOn), '|', w.engineer)"
                    + " from WorkOrder w order by w.id", String.class).getResultList());
            List<String> activities = kuzet.tx().read(em -> em.createQuery("select concat(a.stateBody.code, '|',"
                    + " a.kind, '|', a.doneOn, '|', a.description) from CoordinatorActivity a order by a.id",
                    String.class).getResultList());
            return s + "\n" + String.join("\n", rows) + "\n" + String.join("\n", detections) + "\n"
                    + String.join("\n", annexes) + "\n" + String.join("\n", work) + "\n"
                    + String.join("\n", activities);
        }
    }
}
