package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseCommandsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);

    private static String[] with(DatabaseSettings db, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "--db";
        all[1] = db.url();
        all[2] = "--db-user";
        all[3] = db.user();
        all[4] = "--db-password";
        all[5] = db.password();
        System.arraycopy(args, 0, all, 6, args.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void migrateInfoDemoBodiesRecords(TestEngine engine) throws Exception {
        DatabaseSettings db = engine.settings();

        Cli.Result migrate = Cli.run(clock, with(db, "db", "migrate", "--json"));
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        JsonNode migrated = Json.MAPPER.readTree(migrate.out());
        assertThat(migrated.get("from").isNull()).isTrue();
        assertThat(migrated.get("applied").asInt()).isPositive();

        Cli.Result again = Cli.run(clock, with(db, "db", "migrate", "--json"));
        assertThat(Json.MAPPER.readTree(again.out()).get("applied").asInt()).isZero();

        Cli.Result demo = Cli.run(clock, with(db, "demo", "--seed", "3", "--size", "small", "--json"));
        assertThat(demo.exit()).as(demo.err()).isZero();
        JsonNode world = Json.MAPPER.readTree(demo.out());
        assertThat(world.get("bodies").asInt()).isGreaterThanOrEqualTo(20);

        Cli.Result info = Cli.run(clock, with(db, "db", "info", "--json"));
        JsonNode described = Json.MAPPER.readTree(info.out());
        assertThat(described.get("engine").asText()).containsIgnoringCase(engine == TestEngine.H2 ? "h2" : "postgres");
        assertThat(described.get("schema_version").asText()).isEqualTo(migrated.get("to").asText());
        assertThat(described.get("rows").get("state_body").asInt()).isEqualTo(world.get("bodies").asInt());
        assertThat(described.get("rows").get("detection").asInt()).isEqualTo(world.get("detections").asInt());

        Cli.Result bodies = Cli.runAs(clock, "demo.analyst", with(db, "bodies", "--json"));
        JsonNode list = Json.MAPPER.readTree(bodies.out());
        assertThat(list).hasSize(world.get("bodies").asInt());
        assertThat(list.findValuesAsText("code")).contains("MF", "AST", "MDAI");

        Cli.Result all = Cli.runAs(clock, "demo.analyst", with(db, "records", "--json"));
        Cli.Result open = Cli.runAs(clock, "demo.analyst", with(db, "records", "--open", "--json"));
        JsonNode allRecords = Json.MAPPER.readTree(all.out());
        JsonNode openRecords = Json.MAPPER.readTree(open.out());
        assertThat(allRecords.size()).isEqualTo(world.get("records").asInt());
        assertThat(openRecords.size()).isLessThan(allRecords.size());
        for (JsonNode r : openRecords) {
            assertThat(r.get("id").asLong()).isPositive();
            assertThat(r.get("kind").asText()).isIn("event", "incident");
            assertThat(r.get("state_body").asText()).isNotBlank();
            assertThat(r.get("status").asText()).isNotEqualTo("closed");
            assertThat(r.has("headline")).isTrue();
        }

        long id = openRecords.get(0).get("id").asLong();
        Cli.Result stored = Cli.runAs(clock, "demo.analyst", with(db, "clocks", Long.toString(id), "--json"));
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(Json.MAPPER.readTree(stored.out()).get("clocks")).hasSize(4);

        Cli.Result missing = Cli.runAs(clock, "demo.analyst", with(db, "clocks", "999999", "--json"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No record with id 999999");

        Cli.Result twice = Cli.run(clock, with(db, "demo", "--size", "small"));
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("already holds data");
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLineAndNoPassword() {
        Cli.Result r = Cli.run(clock, "--db", "jdbc:postgresql://127.0.0.1:1/none", "--db-password", "s3cret!",
                "db", "info");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("kuzet: Cannot connect").doesNotContain("s3cret!");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void anUnsupportedUrlIsRefusedClearly() {
        Cli.Result r = Cli.run(clock, "--db", "jdbc:mysql://localhost/x", "db", "info");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Unsupported database URL");
    }
}
