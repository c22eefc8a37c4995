package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import kz.kuzet.app.Kuzet;
import kz.kuzet.packages.RecordWorld;
import kz.kuzet.security.Actor;
import kz.kuzet.security.DemoUsers;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kuzet export / verify / trust / import, end to end through the command line, between two databases. */
class PackageCommandsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(RecordWorld.START);

    /** A database with the registry fixture and only the demo users named (password hashing is slow). */
    private DatabaseSettings database(String name, boolean withRecord, long[] recordId, String... users) {
        DatabaseSettings db = DatabaseSettings.inMemory(name + System.nanoTime());
        java.util.List<String> wanted = java.util.List.of(users);
        try (Kuzet k = Kuzet.open(db, clock)) {
            IncidentFixture fx = new IncidentFixture(k);
            k.tx().run(em -> DemoUsers.ALL.stream().filter(u -> wanted.contains(u.username())).forEach(u ->
                    k.users().create(em, Actor.system("test"), u, DemoUsers.PASSWORD.toCharArray())));
            if (withRecord) {
                recordId[0] = RecordWorld.fullRecord(k, fx, clock);
            }
        }
        return db;
    }

    private Cli cli(DatabaseSettings db, String home, String user) {
        return new Cli(db, clock).env("KUZET_HOME", dir.resolve(home).toString()).as(user, DemoUsers.PASSWORD);
    }

    @Test
    void exportVerifyTrustAndImportBetweenTwoDatabases() throws Exception {
        long[] id = new long[1];
        DatabaseSettings origin = database("pkg_origin_", true, id, "demo.lead", "demo.admin");
        DatabaseSettings target = database("pkg_target_", false, null, "demo.lead", "demo.auditor");
        Path file = dir.resolve("out/record.kzp");

        Cli.Result exported = cli(origin, "sender", "demo.lead").run("export", String.valueOf(id[0]), "--out",
                file.toString(), "--json");
        assertThat(exported.exit()).as(exported.err()).isZero();
        JsonNode receipt = Json.MAPPER.readTree(exported.out());
        assertThat(receipt.get("record_id").asLong()).isEqualTo(id[0]);
        assertThat(Files.size(file)).isEqualTo(receipt.get("bytes").asLong());
        assertThat(Files.exists(dir.resolve("sender/package-key.properties"))).isTrue();

        Cli.Result refusedByAdmin = cli(origin, "sender", "demo.admin").run("export", String.valueOf(id[0]),
                "--out", dir.resolve("admin.kzp").toString());
        assertThat(refusedByAdmin.exit()).isEqualTo(1);
        assertThat(refusedByAdmin.err()).contains("export data");
        assertThat(dir.resolve("admin.kzp")).doesNotExist();

        Cli receiver = cli(target, "receiver", "demo.lead");
        Cli.Result untrusted = receiver.run("verify", file.toString(), "--json");
        assertThat(untrusted.exit()).isEqualTo(1);
        JsonNode u = Json.MAPPER.readTree(untrusted.out());
        assertThat(u.get("valid").asBoolean()).isFalse();
        assertThat(u.get("reason").asText()).isEqualTo("untrusted_signer");
        assertThat(u.get("message").asText()).contains("kuzet trust add");

        Cli.Result added = receiver.run("trust", "add", "STS Astana", "--from-package", file.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains(receipt.get("signer_fingerprint").asText());
        JsonNode list = Json.MAPPER.readTree(receiver.run("trust", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("STS Astana");

        Cli.Result valid = receiver.run("verify", file.toString(), "--json");
        assertThat(valid.exit()).as(valid.out()).isZero();
        JsonNode v = Json.MAPPER.readTree(valid.out());
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("signer").asText()).isEqualTo("STS Astana");
        assertThat(v.get("entries").asInt()).isEqualTo(receipt.get("entries").asInt() - 2);
        assertThat(v.get("reason").isNull()).isTrue();

        Path truncated = dir.resolve("truncated.kzp");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 100));
        Cli.Result cut = receiver.run("verify", truncated.toString(), "--json");
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(cut.out()).get("reason").asText()).isEqualTo("truncated");

        Cli.Result imported = receiver.run("import", file.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode i = Json.MAPPER.readTree(imported.out());
        assertThat(i.get("added").asBoolean()).isTrue();
        assertThat(i.get("detections").asInt()).isEqualTo(2);
        Cli.Result again = receiver.run("import", file.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already imported from this same package").contains("nothing was changed");

        Cli auditor = cli(target, "receiver", "demo.auditor");
        Cli.Result chain = auditor.run("audit", "verify", "--json");
        assertThat(chain.exit()).as(chain.out()).isZero();

        Cli.Result listed = auditor.run("audit", "list", "--record", i.get("record_id").asText(), "--json");
        assertThat(listed.exit()).as(listed.err()).isZero();
        JsonNode entries = Json.MAPPER.readTree(listed.out());
        java.util.List<JsonNode> local = new java.util.ArrayList<>();
        java.util.List<JsonNode> fromPackage = new java.util.ArrayList<>();
        entries.forEach(e -> (e.get("origin").isNull() ? local : fromPackage).add(e));
        assertThat(local).singleElement().satisfies(e -> {
            assertThat(e.get("action").asText()).isEqualTo("package.import");
            assertThat(e.get("seq").isNumber()).isTrue();
        });
        assertThat(fromPackage).hasSize(i.get("audit_entries").asInt()).allSatisfy(e -> {
            assertThat(e.get("seq").isNull()).isTrue();
            assertThat(e.get("hash").isNull()).isTrue();
            assertThat(e.get("record_id").asLong()).isEqualTo(i.get("record_id").asLong());
            JsonNode o = e.get("origin");
            assertThat(o.get("signer").asText()).isEqualTo("STS Astana");
            assertThat(o.get("signer_fingerprint").asText()).isEqualTo(receipt.get("signer_fingerprint").asText());
            assertThat(o.get("package").asText()).isEqualTo(receipt.get("package_id").asText());
            assertThat(Instant.parse(o.get("imported_at").asText())).isEqualTo(clock.instant());
            assertThat(o.get("record_id").asLong()).isEqualTo(id[0]);
            assertThat(o.get("hash").asText()).hasSize(64);
        });
        assertThat(fromPackage).extracting(e -> e.get("origin").get("seq").asLong()).isSorted();
        assertThat(fromPackage).extracting(e -> e.get("action").asText()).contains("record.create", "notice.create");
        JsonNode chainOnly = Json.MAPPER.readTree(auditor.run("audit", "list", "--json").out());
        chainOnly.forEach(e -> assertThat(e.get("origin").isNull()).isTrue());

        Cli.Result untrustedImport = cli(target, "elsewhere", "demo.lead").run("import", file.toString());
        assertThat(untrustedImport.exit()).isEqualTo(1);
        assertThat(untrustedImport.err()).contains("untrusted_signer");
    }

    @Test
    void ownKeyIsWrittenForReceiversAndTrustCanBeRemoved() throws Exception {
        Path pub = dir.resolve("sts.pub");
        Cli sender = Cli.runAsNothing(clock).env("KUZET_HOME", dir.resolve("s").toString())
                .env("KUZET_ORGANISATION", "STS Almaty");
        Cli.Result own = sender.run("trust", "own-key", "--out", pub.toString());
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(own.out()).contains("STS Almaty");
        String fingerprint = own.out().lines().filter(l -> l.startsWith("Fingerprint:")).findFirst().orElseThrow()
                .substring("Fingerprint:".length()).strip();
        assertThat(sender.run("trust", "own-key").out()).contains(fingerprint);

        Cli receiver = Cli.runAsNothing(clock).env("KUZET_TRUST_DIR", dir.resolve("trust").toString());
        assertThat(receiver.run("trust", "add", "STS Almaty", "--key", pub.toString()).out()).contains(fingerprint);
        Cli.Result twice = receiver.run("trust", "add", "Other name", "--key", pub.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("already trusted as 'STS Almaty'");
        assertThat(receiver.run("trust", "add", "../evil", "--key", pub.toString()).exit()).isEqualTo(1);
        assertThat(receiver.run("trust", "list").out()).contains("STS Almaty").contains(fingerprint);
        assertThat(receiver.run("trust", "remove", "STS Almaty").exit()).isZero();
        assertThat(receiver.run("trust", "list").out()).contains("No trusted keys");
        assertThat(receiver.run("trust", "remove", "STS Almaty").exit()).isEqualTo(1);
    }
}
