package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.security.Actor;
import kz.kuzet.security.DemoUsers;
import kz.kuzet.store.DatabaseSettings;

class IngestCommandTest {

    private static final AtomicInteger DB = new AtomicInteger();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    private static Result run(String... args) {
        Cli.Result r = Cli.run(CLOCK, args);
        return new Result(r.exit(), r.out(), r.err());
    }

    private static DatabaseSettings demo;

    /** One in-memory database with the demo users (and the body the demo coordinator belongs to), shared here. */
    private static synchronized DatabaseSettings demoDatabase() {
        if (demo != null) {
            return demo;
        }
        DatabaseSettings db = DatabaseSettings.inMemory("ingest_cli_" + DB.incrementAndGet());
        try (Kuzet kuzet = Kuzet.open(db, CLOCK)) {
            kuzet.tx().run(em -> {
                em.persist(new StateBody(DemoUsers.COORDINATOR_BODY, "Қаржы министрлігі", "Министерство финансов",
                        StateBodyKind.MINISTRY));
                em.flush();
                DemoUsers.create(em, kuzet.users(), Actor.system("test"));
            });
        }
        demo = db;
        return db;
    }

    private static Result runAs(DatabaseSettings db, String user, String... args) {
        Cli.Result r = new Cli(db, CLOCK).as(user, DemoUsers.PASSWORD).run(args);
        return new Result(r.exit(), r.out(), r.err());
    }

    @Test
    void ingestPrintsTheJsonReceiptAndAReplayStoresNothing() throws IOException {
        DatabaseSettings db = demoDatabase();
        Path file = dir.resolve("in.log");
        Files.write(file, List.of("CEF:0|V|P|1|1|N|3|dst=192.0.2.1", "not a record",
                "{\"timestamp\":\"2026-03-10T08:00:00Z\",\"event_type\":\"flow\"}",
                "<13>1 2026-03-10T08:00:00Z host app - - - hello"));
        Result first = runAs(db, "demo.analyst", "ingest", "--json", file.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(first.out());
        assertThat(r.get("read").asLong()).isEqualTo(3);
        assertThat(r.get("stored").asLong()).isEqualTo(2);
        assertThat(r.get("quarantined").asLong()).isEqualTo(1);
        assertThat(r.get("unattributed").asLong()).isEqualTo(2);
        assertThat(r.get("otherEvents").asLong()).isEqualTo(1);
        assertThat(r.has("duplicates") && r.has("refused")).isTrue();

        JsonNode again = Json.MAPPER.readTree(runAs(db, "demo.analyst", "ingest", "--json", file.toString()).out());
        assertThat(again.get("stored").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);

        Result text = runAs(db, "demo.analyst", "ingest", file.toString());
        assertThat(text.out()).contains("read").contains("quarantined").contains("other events");

        Result auditor = runAs(db, "demo.auditor", "ingest", "--json", file.toString());
        assertThat(auditor.exit()).isEqualTo(1);
        Result nobody = new Result(new Cli(db, CLOCK).run("ingest", file.toString()).exit(), "", "");
        assertThat(nobody.exit()).isEqualTo(1);
    }

    @Test
    void ingestWithoutFilesIsBadUsageAndAMissingFileFails() {
        assertThat(run("ingest").exit()).isEqualTo(2);
        Result missing = runAs(demoDatabase(), "demo.analyst", "ingest", dir.resolve("nope.cef").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No such file");
        assertThat(run("parse", "--format", "xml", "x").exit()).isEqualTo(2);
    }

    @Test
    void parsePrintsOneObjectPerRecordInTheIssuesShape() throws IOException {
        Path file = dir.resolve("mixed.log");
        Files.write(file, List.of("CEF:0|Sec|IDS|1.0|100|Worm stopped|10|src=10.0.0.1 cs1Label=zone cs1=dmz",
                "<34>1 2026-03-10T08:00:00.5+05:00 h app 12 ID1 [a b=\"c\"] msg", "LEEF:1.0|V|P|1|E|src=1.2.3.4",
                "garbage"));
        Result r = run("parse", file.toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> lines = r.out().lines().map(l -> {
            try {
                return Json.MAPPER.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(lines).hasSize(4);
        JsonNode cef = lines.get(0);
        assertThat(cef.get("format").asText()).isEqualTo("cef");
        assertThat(cef.get("fields").get("deviceEventClassId").asText()).isEqualTo("100");
        assertThat(cef.get("fields").get("cs1Label").asText()).isEqualTo("zone");
        assertThat(cef.get("detection").get("severity").asText()).isEqualTo("CRITICAL");
        JsonNode syslog = lines.get(1).get("fields");
        assertThat(lines.get(1).get("format").asText()).isEqualTo("syslog-5424");
        assertThat(syslog.fieldNames()).toIterable().contains("facility", "severity", "timestamp", "hostname",
                "appname", "procid", "msgid", "structuredData", "message");
        assertThat(syslog.get("structuredData").get("a").get("b").asText()).isEqualTo("c");
        assertThat(lines.get(1).get("detection").get("detectedAt").asText()).isEqualTo("2026-03-10T03:00:00.500Z");
        assertThat(lines.get(2).get("fields").get("leefVersion").asText()).isEqualTo("1.0");
        assertThat(lines.get(3).get("error").asText()).contains("unrecognised");
        assertThat(lines.get(3).get("line").asInt()).isEqualTo(4);
    }
}
