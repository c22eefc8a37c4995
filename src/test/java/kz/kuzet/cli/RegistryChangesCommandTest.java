package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ObjectRegistry.NewObject;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.security.Actor;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** {@code kuzet registry add-event-log|add-collector|scope}: stored, audited, refused to other bodies. */
class RegistryChangesCommandTest {

    private static final Actor SETUP = Actor.system("setup");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void eventLogsCollectorsAndTheMonitoringScopeAreChangedFromTheCommandLine() throws Exception {
        DatabaseSettings db = DatabaseSettings.inMemory("registry_changes_cli_" + System.nanoTime());
        long object;
        long moj;
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.body(kuzet, "MOJ");
            RegistryFixtures.demoUsers(kuzet);
            object = kuzet.objects().register(SETUP, new NewObject("MF", Contour.INTERNAL, "ДЦ", "1", "Ким",
                    "mf-dc-01", "10.20.0.5", "Windows 7 SP1"), null, null);
            moj = kuzet.objects().register(SETUP, new NewObject("MOJ", Contour.INTERNAL, "ДЦ", "1", "Ким",
                    "moj-dc-01", "10.30.0.5", "Windows 7 SP1"), null, null);
        }
        String id = Long.toString(object);

        CliRun log = CliRun.run(db, clock, "registry", "add-event-log", "--object", id, "--log", " Security ",
                "--from", "2026-10-01", "--json");
        assertThat(log.exit()).as(log.err()).isZero();
        JsonNode added = Json.MAPPER.readTree(log.out());
        assertThat(added.get("log_name").asText()).isEqualTo("Security");
        JsonNode logs = Json.MAPPER.readTree(CliRun.run(db, clock, "registry", "event-logs", "--body", "MF", "--json")
                .out());
        assertThat(logs).singleElement().satisfies(l -> {
            assertThat(l.get("object_id").asLong()).isEqualTo(object);
            assertThat(l.get("passed_from").asText()).isEqualTo("2026-10-01");
        });
        assertThat(CliRun.run(db, clock, "registry", "add-event-log", "--object", id, "--log", " ").err())
                .contains("Name the event log");

        CliRun collector = CliRun.run(db, clock, "registry", "add-collector", "--body", "MF", "--contour", "internal",
                "--host", "mf-logcol-01", "--ip", "10.20.250.2", "--product", "NCCC collector", "--json");
        assertThat(collector.exit()).as(collector.err()).isZero();
        assertThat(Json.MAPPER.readTree(collector.out()).get("contour").asText()).isEqualTo("internal");
        assertThat(CliRun.run(db, clock, "registry", "add-collector", "--body", "MF", "--contour", "external")
                .exit()).isEqualTo(2);
        assertThat(CliRun.run(db, clock, "registry", "add-collector", "--body", "MF", "--contour", "external",
                "--ip", "10.20.250.999").err()).contains("is not an IP address");

        // a coordinator changes only their own body's entries; the refusal says so and stores nothing
        CliRun foreign = CliRun.runAs(db, clock, "demo.coordinator.mf", "registry", "scope", "--object",
                Long.toString(moj), "--exclude", "state_secrets", "--reason", "letter 1");
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(CliRun.runAs(db, clock, "demo.analyst", "registry", "add-collector", "--body", "MF",
                "--contour", "internal", "--host", "x").exit()).isEqualTo(1);

        assertThat(CliRun.run(db, clock, "registry", "scope", "--object", id, "--exclude", "special_network").exit())
                .isEqualTo(2);
        assertThat(CliRun.run(db, clock, "registry", "scope", "--object", id).exit()).isEqualTo(2);
        CliRun out = CliRun.runAs(db, clock, "demo.coordinator.mf", "registry", "scope", "--object", id,
                "--exclude", "SPECIAL_NETWORK", "--reason", "classified network, letter 12/345", "--json");
        assertThat(out.exit()).as(out.err()).isZero();
        JsonNode excluded = Json.MAPPER.readTree(out.out());
        assertThat(excluded.get("in_scope").asBoolean()).isFalse();
        assertThat(excluded.get("exclusion").asText()).isEqualTo("special_network");
        assertThat(excluded.get("reason").asText()).isEqualTo("classified network, letter 12/345");
        assertThat(CliRun.run(db, clock, "registry", "add-event-log", "--object", id, "--log", "Sysmon").err())
                .contains("out of scope").contains("R-5(2)");
        JsonNode report = Json.MAPPER.readTree(CliRun.run(db, clock, "registry", "outdated-os", "--body", "MF",
                "--json").out());
        assertThat(report.get("bodies").get(0).get("objects_checked").asInt()).isZero();

        CliRun back = CliRun.run(db, clock, "registry", "scope", "--object", id, "--include");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("back in the scope of monitoring");
        assertThat(CliRun.run(db, clock, "registry", "scope", "--object", id, "--include").err())
                .contains("already in the scope");

        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            assertThat(kuzet.objects().get(SETUP, object).exclusion()).isNull();
            assertThat(kuzet.supportWork().collectors(SETUP, Optional.of("MF"))).hasSize(1);
            var actions = kuzet.tx().read(em -> em.createQuery("select a.action || ':' || a.actor from AuditEntry a"
                    + " where a.action in ('object.scope', 'event_log.add', 'collector.add') order by a.id",
                    String.class).getResultList());
            assertThat(actions).containsExactly("event_log.add:demo.lead", "collector.add:demo.lead",
                    "object.scope:demo.coordinator.mf", "object.scope:demo.lead");
            kuzet.access().awaitRecorded();
            long refused = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where"
                    + " a.action = 'access.denied'", Long.class).getSingleResult());
            assertThat(refused).isEqualTo(2);
        }
    }
}
