package kz.kuzet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.SensorService.SensorForm;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.StateBodyService.BodyForm;
import kz.kuzet.registry.annex.TestAnnexFiles;
import kz.kuzet.security.Actor;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistryServicesTest {

    private static final Actor ENG = Actor.system("eng");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    private static BodyForm form(String code, String email) {
        return new BodyForm(code, "Қаржы министрлігі", "Министерство финансов", StateBodyKind.MINISTRY,
                "Ахметов Ерлан", "Басқарма басшысы", email, EnumSet.of(WorkType.OBSERVATION, WorkType.SUPPORT),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "ҰҚК–МТҚ № 17-101/2026");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void stateBodiesAreValidatedAuditedAndNeverOverwrittenConcurrently(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            StateBodyService bodies = kuzet.bodies();
            assertThatThrownBy(() -> bodies.create(ENG, new BodyForm("mf!", "", "x", null, null, null, "not-mail",
                    EnumSet.noneOf(WorkType.class), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1), null)))
                    .isInstanceOfSatisfying(StateBodyService.InvalidBody.class, e -> assertThat(e.problems())
                            .containsOnlyKeys("code", "name_kk", "kind", "contact_email", "contract_end",
                                    "work_types"));
            bodies.create(ENG, form("MF", "soc@minfin.gov.kz"));
            assertThatThrownBy(() -> bodies.create(ENG, form("MF", "soc@minfin.gov.kz")))
                    .hasMessageContaining("already exists");

            StateBodyService.BodyView seen = bodies.find(ENG, "MF").orElseThrow();
            assertThat(seen.form().workTypes()).containsExactlyInAnyOrder(WorkType.OBSERVATION, WorkType.SUPPORT);
            bodies.update(ENG, "MF", seen.version(), form("MF", "cert@minfin.gov.kz"));
            assertThatThrownBy(() -> bodies.update(ENG, "MF", seen.version(), form("MF", "other@minfin.gov.kz")))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(bodies.find(ENG, "MF").orElseThrow().form().contactEmail()).isEqualTo("cert@minfin.gov.kz");
            long audits = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.action like"
                    + " 'body.%'", Long.class).getSingleResult());
            assertThat(audits).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theNoticeContactsLanguageIsSavedWithTheBodyAuditedAndRefusedToOtherBodiesCoordinators(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            StateBodyService bodies = kuzet.bodies();
            BodyForm f = form("MF", "soc@minfin.gov.kz");
            long mf = bodies.create(ENG, withLanguage(f, "ru"));
            long moj = bodies.create(ENG, form("MOJ", "soc@adilet.gov.kz"));
            assertThat(bodies.find(ENG, "MF").orElseThrow().form().noticeLanguage()).isEqualTo("ru");
            assertThat(bodies.find(ENG, "MOJ").orElseThrow().form().noticeLanguage()).isNull();
            assertThatThrownBy(() -> bodies.update(ENG, "MF", 0, withLanguage(f, "en")))
                    .isInstanceOfSatisfying(StateBodyService.InvalidBody.class, e -> assertThat(e.problems())
                            .containsOnlyKeys("notice_language"));

            Actor mfCoordinator = Actor.user("coord.mf", kz.kuzet.security.Role.COORDINATOR, mf, "MF");
            Actor mojCoordinator = Actor.user("coord.moj", kz.kuzet.security.Role.COORDINATOR, moj,
                    "MOJ");
            long version = bodies.find(mfCoordinator, "MF").orElseThrow().version();
            assertThatThrownBy(() -> bodies.update(mojCoordinator, "MF", version, withLanguage(f, "kk")))
                    .isInstanceOf(kz.kuzet.security.AccessDeniedException.class);
            bodies.update(mfCoordinator, "MF", version, withLanguage(f, "both"));
            assertThat(kuzet.notices().languages().ofBody(mf)).contains(kz.kuzet.notice.NoticeLanguage.BOTH);
            StateBodyService.BodyView after = bodies.find(ENG, "MF").orElseThrow();
            assertThat(after.version()).as("a language change alone is a new version").isGreaterThan(version);
            assertThatThrownBy(() -> bodies.update(ENG, "MF", version, withLanguage(f, "kk")))
                    .isInstanceOf(ConcurrentChangeException.class);
            bodies.update(ENG, "MF", after.version(), f);
            assertThat(kuzet.notices().languages().ofBody(mf)).isEmpty();

            List<String> changes = kuzet.tx().read(em -> em.createQuery("select concat(a.actor, ':', a.beforeState,"
                    + " '>', a.afterState) from AuditEntry a where a.action = 'body.update' order by a.id",
                    String.class).getResultList());
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0)).startsWith("coord.mf:").containsSubsequence("\"notice_language\":\"ru\"",
                    ">", "\"notice_language\":\"both\"");
            assertThat(changes.get(1)).containsSubsequence("\"notice_language\":\"both\"", ">",
                    "\"notice_language\":null");
        }
    }

    private static BodyForm withLanguage(BodyForm f, String language) {
        return new BodyForm(f.code(), f.nameKk(), f.nameRu(), f.kind(), f.contactName(), f.contactPosition(),
                f.contactEmail(), f.workTypes(), f.contractStart(), f.contractEnd(), f.knbContractRef(), language);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void outOfScopeObjectsAreRecordedWithTheirReasonAndRefused(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "NB");
            assertThatThrownBy(() -> kuzet.objects().register(ENG, new ObjectRegistry.NewObject("NB", Contour.INTERNAL,
                    "ДЦ", "1", "Ким", "nb-core", "10.9.0.1", "Debian 12"), ScopeExclusion.NATIONAL_BANK_NOT_INTEGRATED,
                    " ")).hasMessageContaining("Say why");
            long id = kuzet.objects().register(ENG, new ObjectRegistry.NewObject("NB", Contour.INTERNAL, "ДЦ", "1", "Ким",
                    "nb-core", "10.9.0.1", "Debian 12"), ScopeExclusion.NATIONAL_BANK_NOT_INTEGRATED,
                    "not integrated with e-government, letter 12/345");
            long ok = kuzet.objects().register(ENG, new ObjectRegistry.NewObject("NB", Contour.INTERNAL, "ДЦ", "1", "Ким",
                    "nb-ws-1", "10.9.0.2", "Debian 12"), null, null);

            MonitoredObject excluded = kuzet.tx().read(em -> em.find(MonitoredObject.class, id));
            MonitoredObject included = kuzet.tx().read(em -> em.find(MonitoredObject.class, ok));
            ScopePolicy policy = kuzet.scopePolicy();
            assertThat(policy.check(included)).isEmpty();
            assertThat(policy.check(excluded)).get().satisfies(r -> {
                assertThat(r.exclusion()).isEqualTo(ScopeExclusion.NATIONAL_BANK_NOT_INTEGRATED);
                assertThat(r.describe()).contains("R-5(3)").contains("letter 12/345");
            });

            // an annex row naming the excluded object is refused; committing keeps the excluded object
            byte[] annex = TestAnnexFiles.officialXlsx(TestAnnexFiles.KK_HEADER, TestAnnexFiles.KK_INTERNAL,
                    List.of(new TestAnnexFiles.Obj("ДЦ", "1", "Ким", "nb-ws-1", "10.9.0.2", "Debian 12"),
                            new TestAnnexFiles.Obj("ДЦ", "1", "Ким", "NB-CORE", "10.9.0.1", "Debian 12")),
                    TestAnnexFiles.KK_EXTERNAL, List.of());
            AnnexService.ImportPreview preview = kuzet.annexes().preview(ENG, "NB", "2026-Q4", "nb.xlsx", annex);
            assertThat(preview.errors()).singleElement().satisfies(e -> {
                assertThat(e.cell()).isEqualTo("G7");
                assertThat(e.reason()).contains("out of scope").contains("R-5(3)");
            });
            kuzet.annexes().commit(ENG, preview, true);
            assertThat(kuzet.tx().read(em -> em.find(MonitoredObject.class, id)).isActive()).isTrue();
            assertThatThrownBy(() -> kuzet.supportWork().addEventLog(ENG, id, "Security", null))
                    .hasMessageContaining("out of scope");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void sensorsMoveThroughTheirStatesAndShowDegradedWhenSilent(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            SensorService sensors = kuzet.sensors();
            SensorForm f = new SensorForm("MF", Contour.INTERNAL, SensorKind.IDS_IPS, "OISF", "Suricata", "7.0",
                    "10.20.250.10", true, "detection", 30);
            long id = sensors.create(ENG, f, SensorState.PLANNED);
            assertThatThrownBy(() -> sensors.transition(ENG, id, 0, SensorState.IN_SERVICE))
                    .hasMessageContaining("cannot become in service");
            for (SensorState next : List.of(SensorState.DEPLOYED, SensorState.VERIFIED, SensorState.IN_SERVICE)) {
                long version = sensors.list(ENG, Optional.of("MF")).get(0).version();
                sensors.transition(ENG, id, version, next);
            }
            sensors.recordSeen(id, clock.instant().minus(Duration.ofMinutes(45)));
            sensors.recordSeen(id, clock.instant().minus(Duration.ofMinutes(90)));
            SensorView v = sensors.list(ENG, Optional.of("MF")).get(0);
            assertThat(v.state()).isEqualTo(SensorState.IN_SERVICE);
            assertThat(v.lastSeenAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(45)));
            assertThat(v.effectiveState()).isEqualTo(SensorState.DEGRADED);

            sensors.update(ENG, id, v.version(), new SensorForm("MF", Contour.INTERNAL, SensorKind.IDS_IPS, "OISF",
                    "Suricata", "7.0.8", "10.20.250.10", true, "prevention", 60));
            SensorView edited = sensors.list(ENG, Optional.of("MF")).get(0);
            assertThat(edited.productVersion()).isEqualTo("7.0.8");
            assertThat(edited.effectiveState()).isEqualTo(SensorState.IN_SERVICE);
            assertThatThrownBy(() -> sensors.update(ENG, id, v.version(), f))
                    .isInstanceOf(ConcurrentChangeException.class);

            SupportWorkService work = kuzet.supportWork();
            long order = work.openWorkOrder(ENG, "MF", id, WorkTask.VENDOR_UPDATE, LocalDate.of(2026, 11, 18),
                    LocalDate.of(2026, 11, 25), "Серікбаев Қанат", "Suricata 7.0.8");
            work.openWorkOrder(ENG, "MF", null, WorkTask.STUDY, LocalDate.of(2026, 11, 1), null, null, null);
            work.updateWorkOrder(ENG, order, 0, WorkStatus.DONE, LocalDate.of(2026, 11, 19), "Серікбаев Қанат",
                    "updated, rules reloaded");
            assertThat(work.workOrders(ENG, Optional.of("MF"), true)).extracting(SupportWorkService.WorkOrderView::task)
                    .containsExactly(WorkTask.STUDY);
            assertThat(work.workOrders(ENG, Optional.of("MF"), false)).filteredOn(w -> w.id() == order).singleElement()
                    .satisfies(w -> {
                        assertThat(w.workType()).isEqualTo(WorkType.SUPPORT);
                        assertThat(w.doneOn()).isEqualTo(LocalDate.of(2026, 11, 19));
                    });

            long object = kuzet.objects().register(ENG, new ObjectRegistry.NewObject("MF", Contour.INTERNAL, "ДЦ", "1",
                    "Ким", "mf-dc-01", "10.20.0.5", "Windows Server 2019"), null, null);
            work.addEventLog(ENG, object, "Security", LocalDate.of(2026, 10, 1));
            work.addEventLog(ENG, object, "Microsoft-Windows-Sysmon/Operational", null);
            assertThat(work.eventLogs(ENG, "MF")).extracting(SupportWorkService.EventLogView::logName)
                    .containsExactly("Microsoft-Windows-Sysmon/Operational", "Security");
            work.addCollector(ENG, "MF", Contour.INTERNAL, "mf-logcol-01", "10.20.250.2", "NCCC collector", null);
            assertThat(work.collectors(ENG, Optional.of("MF"))).singleElement()
                    .satisfies(c -> assertThat(c.contour()).isEqualTo(Contour.INTERNAL));
            work.recordActivity(ENG, "MF", CoordinatorActivityKind.AWARENESS, LocalDate.of(2026, 11, 12),
                    "Есенова Динара", "Фишингтен сақтану бойынша семинар, 40 қызметкер");
            assertThat(work.activities(ENG, "MF")).singleElement()
                    .satisfies(a -> assertThat(a.kind()).isEqualTo(CoordinatorActivityKind.AWARENESS));
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void objectsPastTheirOsEndOfSupportAreFlaggedPerBody(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.body(kuzet, "MOJ");
            String[][] objects = {{"MF", "MF-WS-1", "Windows 7 SP1"}, {"MF", "MF-WS-2", "Windows 11 Pro 24H2"},
                    {"MF", "mf-db-01", "CentOS 7"}, {"MF", "MF-WS-3", "Astra Linux SE 1.7"},
                    {"MOJ", "moj-web-01", "Windows Server 2022"}};
            int n = 1;
            for (String[] o : objects) {
                kuzet.objects().register(ENG, new ObjectRegistry.NewObject(o[0], Contour.INTERNAL, "ДЦ", "1", "Ким", o[1],
                        "10.1.1." + n++, o[2]), null, null);
            }
            OutdatedOsReport.Result all = kuzet.outdatedOs().run(ENG, Optional.empty());
            assertThat(all.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(all.bodies()).extracting(OutdatedOsReport.BodyOutdated::bodyCode).containsExactly("MF", "MOJ");
            OutdatedOsReport.BodyOutdated mf = all.bodies().get(0);
            assertThat(mf.objectsChecked()).isEqualTo(4);
            assertThat(mf.outdated()).extracting(OutdatedOsReport.OutdatedObject::hostName)
                    .containsExactly("MF-WS-1", "MF-WS-2", "mf-db-01");
            assertThat(mf.undated()).extracting(OutdatedOsReport.UndatedObject::hostName).containsExactly("MF-WS-3");
            assertThat(all.bodies().get(1).outdated()).isEmpty();
            assertThat(kuzet.outdatedOs().run(ENG, Optional.of("MOJ")).bodies()).hasSize(1);
        }
    }
}
