package kz.kuzet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.SensorService.SensorForm;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registry services themselves refuse a coordinator another body's data and an auditor any change. */
class RegistryAccessScopeTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    private static SensorForm form(String body) {
        return new SensorForm(body, Contour.INTERNAL, SensorKind.IDS_IPS, "OISF", "Suricata", "7.0", "10.20.250.10",
                true, "detection", 30);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void sensorsAreSeenAndChangedOnlyByTheirBodysCoordinator(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long mf = RegistryFixtures.body(kuzet, "MF");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor own = Actor.user("co.mf", Role.COORDINATOR, mf, "MF");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            SensorService sensors = kuzet.sensors();

            long id = sensors.create(own, form("MF"), SensorState.PLANNED);
            sensors.create(Actor.system("setup"), form("MZ"), SensorState.PLANNED);

            assertThatThrownBy(() -> sensors.create(other, form("MF"), SensorState.PLANNED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sensors.create(auditor, form("MF"), SensorState.PLANNED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sensors.transition(other, id, 0, SensorState.DEPLOYED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sensors.transition(auditor, id, 0, SensorState.DEPLOYED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sensors.update(other, id, 0, form("MF")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sensors.list(other, Optional.of("MF")))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(sensors.list(other, Optional.empty())).extracting(SensorView::bodyCode).containsExactly("MZ");
            assertThat(sensors.list(auditor, Optional.empty())).extracting(SensorView::bodyCode)
                    .containsExactly("MF", "MZ");
            SensorView mine = sensors.list(own, Optional.of("MF")).get(0);
            assertThat(mine.state()).isEqualTo(SensorState.PLANNED);

            sensors.transition(own, id, mine.version(), SensorState.DEPLOYED);
            assertThat(sensors.list(own, Optional.empty())).extracting(SensorView::state)
                    .containsExactly(SensorState.DEPLOYED);

            kuzet.access().awaitRecorded();
            long refusals = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where "
                    + "a.action = 'access.denied'", Long.class).getSingleResult());
            assertThat(refusals).isEqualTo(6);
            long changes = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where "
                    + "a.action like 'sensor.%' and a.actor = 'co.mf'", Long.class).getSingleResult());
            assertThat(changes).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void objectsAreRegisteredAndScopedOnlyByTheirBodysCoordinator(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long nb = RegistryFixtures.body(kuzet, "NB");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor own = Actor.user("co.nb", Role.COORDINATOR, nb, "NB");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            ObjectRegistry objects = kuzet.objects();
            ObjectRegistry.NewObject core = new ObjectRegistry.NewObject("NB", Contour.INTERNAL, "ДЦ", "1", "Ким",
                    "nb-core", "10.9.0.1", "Debian 12");

            assertThatThrownBy(() -> objects.register(other, core, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> objects.register(auditor, core, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            long id = objects.register(own, core, null, null);

            ScopeExclusion why = ScopeExclusion.NATIONAL_BANK_NOT_INTEGRATED;
            assertThatThrownBy(() -> objects.setExclusion(other, id, 0, why, "letter 12/345"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> objects.setExclusion(auditor, id, 0, why, "letter 12/345"))
                    .isInstanceOf(AccessDeniedException.class);
            objects.setExclusion(own, id, 0, why, "letter 12/345");

            assertThatThrownBy(() -> objects.excluded(other, "NB")).isInstanceOf(AccessDeniedException.class);
            assertThat(objects.excluded(own, "NB")).extracting(MonitoredObject::getId).containsExactly(id);
            assertThat(objects.excluded(auditor, "NB")).extracting(MonitoredObject::getId).containsExactly(id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void outdatedOsReportCoversOnlyTheCoordinatorsBody(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long moj = RegistryFixtures.body(kuzet, "MOJ");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor system = Actor.system("setup");
            for (String body : new String[] {"MOJ", "MZ"}) {
                kuzet.objects().register(system, new ObjectRegistry.NewObject(body, Contour.INTERNAL, "ДЦ", "1",
                        "Ким", body.toLowerCase() + "-ws", "10.1.1." + body.length(), "Windows 7"), null, null);
            }
            Actor own = Actor.user("co.moj", Role.COORDINATOR, moj, "MOJ");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            OutdatedOsReport report = kuzet.outdatedOs();

            assertThatThrownBy(() -> report.run(other, Optional.of("MOJ"))).isInstanceOf(AccessDeniedException.class);
            assertThat(report.run(other, Optional.empty()).bodies()).extracting(OutdatedOsReport.BodyOutdated::bodyCode)
                    .containsExactly("MZ");
            assertThat(report.run(own, Optional.of("MOJ")).bodies()).singleElement()
                    .satisfies(b -> assertThat(b.objectsChecked()).isEqualTo(1));
            assertThat(report.run(auditor, Optional.empty()).bodies())
                    .extracting(OutdatedOsReport.BodyOutdated::bodyCode).containsExactly("MOJ", "MZ");
        }
    }

    private static final Actor SETUP = Actor.system("setup");

    private static long refusals(Kuzet kuzet) {
        kuzet.access().awaitRecorded();
        return kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where "
                + "a.action = 'access.denied'", Long.class).getSingleResult());
    }

    private static StateBodyService.BodyForm bodyForm(String code, String email) {
        return new StateBodyService.BodyForm(code, code + " министрлігі", "Министерство " + code,
                StateBodyKind.MINISTRY, null, null, email, java.util.EnumSet.of(WorkType.OBSERVATION),
                null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void stateBodiesAreCreatedOverAllBodiesAndEditedOnlyByTheirCoordinator(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long mf = RegistryFixtures.body(kuzet, "MF");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor own = Actor.user("co.mf", Role.COORDINATOR, mf, "MF");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            Actor lead = Actor.user("lead", Role.SHIFT_LEAD, null, null);
            StateBodyService bodies = kuzet.bodies();

            for (Actor refused : new Actor[] {own, other, auditor}) {
                assertThatThrownBy(() -> bodies.create(refused, bodyForm("MNE", null)))
                        .isInstanceOf(AccessDeniedException.class).hasMessageContaining(refused.name());
            }
            bodies.create(lead, bodyForm("MNE", null));

            long version = bodies.find(own, "MF").orElseThrow().version();
            assertThatThrownBy(() -> bodies.update(other, "MF", version, bodyForm("MF", "soc@mf.kz")))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("co.mz (coordinator for MZ) may not change the registry of state body MF: it belongs "
                            + "to state body MF, and a coordinator acts only for MZ.");
            assertThatThrownBy(() -> bodies.update(auditor, "MF", version, bodyForm("MF", "soc@mf.kz")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bodies.find(other, "MF")).isInstanceOf(AccessDeniedException.class);
            bodies.update(own, "MF", version, bodyForm("MF", "soc@mf.kz"));
            assertThat(bodies.find(auditor, "MF").orElseThrow().form().contactEmail()).isEqualTo("soc@mf.kz");

            assertThat(bodies.list(own)).extracting(v -> v.form().code()).containsExactly("MF");
            assertThat(bodies.list(other)).extracting(v -> v.form().code()).containsExactly("MZ");
            assertThat(bodies.list(auditor)).extracting(v -> v.form().code()).containsExactly("MF", "MNE", "MZ");
            assertThat(refusals(kuzet)).isEqualTo(6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void supportWorkIsSeenAndChangedOnlyByTheirBodysCoordinator(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long mf = RegistryFixtures.body(kuzet, "MF");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor own = Actor.user("co.mf", Role.COORDINATOR, mf, "MF");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            SupportWorkService work = kuzet.supportWork();
            java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 18);
            long object = kuzet.objects().register(SETUP, new ObjectRegistry.NewObject("MF", Contour.INTERNAL, "ДЦ",
                    "1", "Ким", "mf-dc-01", "10.20.0.5", "Windows Server 2019"), null, null);
            work.openWorkOrder(SETUP, "MZ", null, WorkTask.STUDY, day, null, null, null);
            work.addCollector(SETUP, "MZ", Contour.EXTERNAL, "mz-col", null, null, null);

            for (Actor refused : new Actor[] {other, auditor}) {
                assertThatThrownBy(() -> work.openWorkOrder(refused, "MF", null, WorkTask.DEPLOY, day, null, null,
                        null)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> work.addEventLog(refused, object, "Security", null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> work.addCollector(refused, "MF", Contour.INTERNAL, "mf-col", null, null,
                        null)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> work.recordActivity(refused, "MF",
                        CoordinatorActivityKind.AWARENESS, day, null, "семинар"))
                        .isInstanceOf(AccessDeniedException.class);
            }
            long order = work.openWorkOrder(own, "MF", null, WorkTask.DEPLOY, day, null, "Серікбаев", null);
            for (Actor refused : new Actor[] {other, auditor}) {
                assertThatThrownBy(() -> work.updateWorkOrder(refused, order, 0, WorkStatus.DONE, day, null, null))
                        .isInstanceOf(AccessDeniedException.class);
            }
            work.updateWorkOrder(own, order, 0, WorkStatus.IN_PROGRESS, null, "Серікбаев", "started");
            work.addEventLog(own, object, "Security", day);
            work.addCollector(own, "MF", Contour.INTERNAL, "mf-col", "10.20.250.2", null, null);
            work.recordActivity(own, "MF", CoordinatorActivityKind.AWARENESS, day, null, "семинар");

            assertThatThrownBy(() -> work.workOrders(other, Optional.of("MF"), false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> work.eventLogs(other, "MF")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> work.collectors(other, Optional.of("MF")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> work.activities(other, "MF")).isInstanceOf(AccessDeniedException.class);
            assertThat(work.workOrders(own, Optional.empty(), false))
                    .extracting(SupportWorkService.WorkOrderView::bodyCode).containsExactly("MF");
            assertThat(work.workOrders(other, Optional.empty(), false))
                    .extracting(SupportWorkService.WorkOrderView::bodyCode).containsExactly("MZ");
            assertThat(work.workOrders(auditor, Optional.empty(), false)).hasSize(2);
            assertThat(work.collectors(own, Optional.empty()))
                    .extracting(SupportWorkService.CollectorView::bodyCode).containsExactly("MF");
            assertThat(work.eventLogs(own, "MF")).hasSize(1);
            assertThat(work.activities(own, "MF")).singleElement()
                    .satisfies(a -> assertThat(a.author()).isEqualTo("co.mf"));
            assertThat(refusals(kuzet)).isEqualTo(14);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theAnnexIsEnteredCommittedAndSeenOnlyForTheCoordinatorsBody(TestEngine engine) throws Exception {
        try (Kuzet kuzet = engine.open(clock)) {
            long mf = RegistryFixtures.body(kuzet, "MF");
            long mz = RegistryFixtures.body(kuzet, "MZ");
            Actor own = Actor.user("co.mf", Role.COORDINATOR, mf, "MF");
            Actor other = Actor.user("co.mz", Role.COORDINATOR, mz, "MZ");
            Actor auditor = Actor.user("aud", Role.AUDITOR, null, null);
            AnnexService annexes = kuzet.annexes();
            java.util.List<kz.kuzet.registry.annex.AnnexLine> rows = java.util.List.of(
                    new kz.kuzet.registry.annex.AnnexLine(1, Contour.INTERNAL, null, "ДЦ", "1", "Ким", "mf-ws-1",
                            "10.20.1.1", "Debian 12"));

            for (Actor refused : new Actor[] {other, auditor}) {
                assertThatThrownBy(() -> annexes.previewLines(refused, "MF", "2026-Q4", rows))
                        .isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> annexes.preview(own, "MF", "2026-Q4", "mf.csv", new byte[] {'a'}))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("import data");
            AnnexService.ImportPreview preview = annexes.previewLines(own, "MF", "2026-Q4", rows);
            for (Actor refused : new Actor[] {other, auditor}) {
                assertThatThrownBy(() -> annexes.commit(refused, preview, false))
                        .isInstanceOf(AccessDeniedException.class);
            }
            annexes.commit(own, preview, false);

            assertThatThrownBy(() -> annexes.latest(other, "MF", "2026-Q4")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> annexes.exportXlsx(other, "MF", "2026-Q4", "kk",
                    new java.io.ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
            assertThat(annexes.latest(own, "MF", "2026-Q4")).isPresent();
            assertThat(annexes.submittedBodyCodes(other, "2026-Q4")).isEmpty();
            assertThat(annexes.submittedBodyCodes(auditor, "2026-Q4")).containsExactly("MF");
            assertThat(annexes.quarterStatus(other, "2026-Q4").missing()).containsExactly("MZ");
            assertThat(annexes.quarterStatus(own, "2026-Q4").missing()).isEmpty();
            assertThat(refusals(kuzet)).isEqualTo(7);
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }
}
