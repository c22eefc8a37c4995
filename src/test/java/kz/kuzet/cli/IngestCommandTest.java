package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    private static final AtomicInteger DB = new AtomicInteger();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = KuzetCommand.commandLine(new KuzetCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void ingestPrintsTheJsonReceiptAndAReplayStoresNothing() throws IOException {
        String db = "jdbc:h2:mem:ingest_cli_" + DB.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path file = dir.resolve("in.log");
        Files.write(file, List.of("CEF:0|V|P|1|1|N|3|dst=192.0.2.1", "not a record",
                "{\"timestamp\":\"2026-03-10T08:00:00Z\",\"event_type\":\"flow\"}",
                "<13>1 2026-03-10T08:00:00Z host app - - - hello"));
        Result first = run("--db", db, "ingest", "--json", file.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(first.out());
        assertThat(r.get("read").asLong()).isEqualTo(3);
        assertThat(r.get("stored").asLong()).isEqualTo(2);
        assertThat(r.get("quarantined").asLong()).isEqualTo(1);
        assertThat(r.get("unattributed").asLong()).isEqualTo(2);
        assertThat(r.get("otherEvents").asLong()).isEqualTo(1);
        assertThat(r.has("duplicates") && r.has("refused")).isTrue();

        JsonNode again = Json.MAPPER.readTree(run("--db", db, "ingest", "--json", file.toString()).out());
        assertThat(again.get("stored").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);

        Result text = run("--db", db, "ingest", file.toString());
        assertThat(text.out()).contains("read").contains("quarantined").contains("other events");
    }

    @Test
    void ingestWithoutFilesIsBadUsageAndAMissingFileFails() {
        assertThat(run("ingest").exit()).isEqualTo(2);
        String db = "jdbc:h2:mem:ingest_cli_" + DB.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Result missing = run("--db", db, "ingest", dir.resolve("nope.cef").toString());
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
