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
}
