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

    @Test
    void rfc3164TimesAreReadInAsiaAlmatyUnlessZoneSaysOtherwise() throws IOException {
        Path file = dir.resolve("bsd.log");
        Files.write(file, List.of("<13>Mar 10 13:00:00 fw-1 sshd[42]: Failed password for root"));
        assertThat(detectedAt(run("parse", file.toString()))).isEqualTo("2026-03-10T08:00:00Z");
        assertThat(detectedAt(run("parse", "--zone", "UTC", file.toString()))).isEqualTo("2026-03-10T13:00:00Z");
        assertThat(detectedAt(run("parse", "--zone", "Europe/Moscow", file.toString())))
                .isEqualTo("2026-03-10T10:00:00Z");
        Result unknown = run("--lang", "ru", "parse", "--zone", "Asia/Nowhere", file.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Неизвестный часовой пояс 'Asia/Nowhere'");

        DatabaseSettings db = DatabaseSettings.inMemory("ingest_cli_zone_" + DB.incrementAndGet());
        try (Kuzet kuzet = Kuzet.open(db, CLOCK)) {
            kuzet.tx().run(em -> {
                em.persist(new StateBody(DemoUsers.COORDINATOR_BODY, "Қаржы министрлігі", "Министерство финансов",
                        StateBodyKind.MINISTRY));
                em.flush();
                DemoUsers.create(em, kuzet.users(), Actor.system("test"));
            });
            assertThat(runAs(db, "demo.analyst", "ingest", "--json", "--zone", "UTC", file.toString()).exit())
                    .isZero();
            Path almaty = dir.resolve("bsd-almaty.log");
            Files.write(almaty, List.of("<13>Mar 10 13:00:00 fw-2 sshd[42]: Failed password for root"));
            assertThat(runAs(db, "demo.analyst", "ingest", "--json", almaty.toString()).exit()).isZero();
            assertThat(kuzet.tx().read(em -> em.createNativeQuery("select host_name, detected_at from detection"
                    + " order by host_name").getResultList()).stream()
                    .map(row -> ((Object[]) row)[0] + " " + instant(((Object[]) row)[1])).toList())
                    .containsExactly("fw-1 2026-03-10T13:00:00Z", "fw-2 2026-03-10T08:00:00Z");
        }
    }

    @Test
    void theReceiptAndTheErrorsSpeakTheLanguageOfLang() throws IOException {
        DatabaseSettings db = demoDatabase();
        Path file = dir.resolve("lang.log");
        Files.write(file, List.of("CEF:0|V|P|1|7|N|3|dst=192.0.2.7", "not a record"));
        Result ru = runAs(db, "demo.analyst", "--lang", "ru", "ingest", file.toString());
        assertThat(ru.exit()).as(ru.err()).isZero();
        assertThat(ru.out()).contains("Загружено: " + file).contains("прочитано").contains("сохранено")
                .contains("в карантине").contains("из них без принадлежности 1").doesNotContain("stored");
        Result kk = runAs(db, "demo.analyst", "--lang", "kk", "ingest", file.toString());
        assertThat(kk.out()).contains("Жүктелді: ").contains("оқылды").contains("қайталанулар");
        Result en = runAs(db, "demo.analyst", "--lang", "en", "ingest", file.toString());
        assertThat(en.out()).contains("Ingested ").contains("read").contains("duplicates");

        Result missing = runAs(db, "demo.analyst", "--lang", "kk", "ingest", dir.resolve("жоқ.log").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("Файл табылмады");
        assertThat(run("--lang", "ru", "parse", dir.resolve("nope").toString()).err()).contains("Файл не найден");
        assertThat(run("--lang", "ru", "ingest").err()).contains("Укажите хотя бы один ФАЙЛ");

        Result json = runAs(db, "demo.analyst", "--lang", "ru", "ingest", "--json", file.toString());
        assertThat(Json.MAPPER.readTree(json.out()).fieldNames()).toIterable().contains("read", "stored",
                "duplicates", "quarantined", "refused", "unattributed");
    }

    private static String detectedAt(Result r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out().lines().findFirst().orElseThrow()).get("detection").get("detectedAt")
                .asText();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
