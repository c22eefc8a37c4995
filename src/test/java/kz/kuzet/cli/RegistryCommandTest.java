package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;

class RegistryCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void listsOutdatedOperatingSystemsAndSensorsOfTheDemoWorld() throws Exception {
        DatabaseSettings db = DatabaseSettings.inMemory("registry_cli_" + System.nanoTime());
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            new DemoWorld(kuzet, DemoWorld.DEFAULT_SEED, DemoWorld.Size.SMALL).load();
        }
        CliRun os = CliRun.run(db, clock, "registry", "outdated-os", "--json");
        assertThat(os.exit()).as(os.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(os.out());
        assertThat(r.get("table_compiled").asText()).isEqualTo("2026-11-24");
        assertThat(r.get("bodies").size()).isGreaterThan(20);
        int outdated = 0;
        for (JsonNode b : r.get("bodies")) {
            outdated += b.get("outdated").asInt();
            for (JsonNode u : b.get("undated")) {
                assertThat(u.get("reason").asText()).contains("not confirmed");
            }
        }
        assertThat(outdated).isPositive();

        JsonNode one = Json.MAPPER.readTree(CliRun.run(db, clock, "registry", "outdated-os", "--body", "MF", "--json")
                .out());
        assertThat(one.get("bodies")).singleElement().satisfies(b -> assertThat(b.get("code").asText())
                .isEqualTo("MF"));

        CliRun sensors = CliRun.run(db, clock, "registry", "sensors", "--body", "MF", "--json");
        assertThat(sensors.exit()).isZero();
        JsonNode list = Json.MAPPER.readTree(sensors.out());
        assertThat(list.size()).isGreaterThanOrEqualTo(3);
        assertThat(list.get(0).has("effective_state")).isTrue();

        for (String sub : new String[] {"work-orders", "collectors"}) {
            assertThat(CliRun.run(db, clock, "registry", sub, "--json").exit()).isZero();
        }
        assertThat(CliRun.run(db, clock, "registry", "event-logs", "--body", "MF", "--json").out().strip())
                .isEqualTo("[]");
        assertThat(CliRun.run(db, clock, "registry", "coordinator", "--body", "MF", "--json").exit()).isZero();
    }
}
