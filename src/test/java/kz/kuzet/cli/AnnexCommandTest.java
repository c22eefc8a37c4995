package kz.kuzet.cli;

import static kz.kuzet.registry.annex.TestAnnexFiles.KK_EXTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_HEADER;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_INTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.ws;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.annex.TestAnnexFiles;
import kz.kuzet.registry.annex.TestAnnexFiles.Obj;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void importPreviewsWithoutWritingThenCommits(@TempDir Path dir) throws Exception {
        DatabaseSettings db = DatabaseSettings.inMemory("annex_cli_" + System.nanoTime());
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.body(kuzet, "MOJ");
            RegistryFixtures.demoUsers(kuzet);
        }
        Path file = dir.resolve("mf.xlsx");
        Files.write(file, TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(1, "Windows 7 SP1"),
                        new Obj("ДЦ", "2", "Ким", "MF-WS-2", "10.1.1", "Debian 12")), KK_EXTERNAL, List.of()));

        CliRun preview = CliRun.run(db, clock, "annex", "import", "--body", "MF", "--quarter", "2026-Q3",
                file.toString(), "--json");
        assertThat(preview.exit()).isZero();
        JsonNode p = Json.MAPPER.readTree(preview.out());
        assertThat(p.get("rows").asInt()).isEqualTo(2);
        assertThat(p.get("valid").asInt()).isEqualTo(1);
        assertThat(p.get("errors")).hasSize(1);
        assertThat(p.get("errors").get(0).get("row").asInt()).isEqualTo(7);
        assertThat(p.get("errors").get(0).get("column").asText()).isEqualTo("G");
        assertThat(p.get("added").asInt()).isEqualTo(1);
        assertThat(p.get("removed").asInt()).isZero();
        assertThat(p.get("changed").asInt()).isZero();
        assertThat(p.get("committed").asBoolean()).isFalse();

        CliRun analyst = CliRun.runAs(db, clock, "demo.analyst", "annex", "import", "--body", "MF", "--quarter",
                "2026-Q3", file.toString(), "--commit", "--skip-invalid");
        assertThat(analyst.exit()).isEqualTo(1);
        assertThat(analyst.err()).contains("change the registry");
        CliRun coordinator = CliRun.runAs(db, clock, "demo.coordinator.mf", "annex", "import", "--body", "MF",
                "--quarter", "2026-Q3", file.toString());
        assertThat(coordinator.exit()).isEqualTo(1);

        CliRun refused = CliRun.run(db, clock, "annex", "import", "--body", "MF", "--quarter", "2026-Q3",
                file.toString(), "--commit", "--json");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was written");

        CliRun missing = CliRun.run(db, clock, "annex", "missing", "--quarter", "2026-Q3", "--json");
        assertThat(Json.MAPPER.readTree(missing.out()).get("missing").toString()).isEqualTo("[\"MF\",\"MOJ\"]");

        CliRun committed = CliRun.run(db, clock, "annex", "import", "--body", "MF", "--quarter", "2026-Q3",
                file.toString(), "--commit", "--skip-invalid", "--json");
        assertThat(committed.exit()).isZero();
        assertThat(Json.MAPPER.readTree(committed.out()).get("objects_added").asInt()).isEqualTo(1);

        JsonNode after = Json.MAPPER.readTree(CliRun.run(db, clock, "annex", "missing", "--json").out());
        assertThat(after.get("quarter").asText()).isEqualTo("2026-Q3");
        assertThat(after.get("missing").toString()).isEqualTo("[\"MOJ\"]");
        assertThat(after.get("submitted").toString()).isEqualTo("[\"MF\"]");

        Path export = dir.resolve("out.xlsx");
        CliRun saved = CliRun.run(db, clock, "annex", "export", "--body", "MF", "--quarter", "2026-Q3", "--out",
                export.toString());
        assertThat(saved.exit()).isZero();
        assertThat(Files.size(export)).isPositive();
    }

    @Test
    void aBrokenFileIsAOneLineErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        DatabaseSettings db = DatabaseSettings.inMemory("annex_cli_" + System.nanoTime());
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.demoUsers(kuzet);
        }
        Path file = dir.resolve("annex.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        CliRun run = CliRun.run(db, clock, "annex", "import", "--body", "MF", "--quarter", "2026-Q3",
                file.toString(), "--commit", "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("kuzet: ").contains("annex.xlsx");
        assertThat(run.err().strip().lines()).hasSize(1);
        CliRun bad = CliRun.run(db, clock, "annex", "import", "--body", "MF", "--quarter", "2026-13",
                file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("2026-Q3");
    }
}
