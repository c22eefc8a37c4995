package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexPrintCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void printsTheAnnexForTheBodysOwnCoordinatorOnly(@TempDir Path dir) throws Exception {
        DatabaseSettings db = DatabaseSettings.inMemory("annex_print_cli_" + System.nanoTime());
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.body(kuzet, "MOJ");
            RegistryFixtures.demoUsers(kuzet);
            kuzet.annexes().commit(kz.kuzet.testing.Actors.SYSTEM, kuzet.annexes().previewLines(kz.kuzet.testing.Actors.SYSTEM, "MF", "2026-Q3", List.of(
                    new AnnexLine(1, Contour.INTERNAL, null, "Қаржы департаменті", "3-қабат, 301", "Әлиев Ғ.",
                            "MF-WS-1", "10.1.1.1", "Windows 11"),
                    new AnnexLine(2, Contour.EXTERNAL, null, "Цифрландыру басқармасы", "ДО", "Құрманов Ұ.",
                            "MF-WEB-1", "192.0.2.10", "Debian 12"))), false);
        }
        Path kk = dir.resolve("mf-kk.pdf");
        CliRun own = CliRun.runAs(db, clock, "demo.coordinator.mf", "annex", "print", "--body", "MF", "--quarter",
                "2026-Q3", "--lang", "kk", "--out", kk.toString());
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(own.out()).contains("saved to");
        assertThat(PdfText.of(Files.readAllBytes(kk)).text()).contains("КҚОМ объектісі туралы мәліметтер")
                .contains("Ішкі контурдың жергілікті желісі").contains("MF-WS-1").contains("MF-WEB-1");

        Path ru = dir.resolve("mf-ru.pdf");
        assertThat(CliRun.run(db, clock, "annex", "print", "--body", "MF", "--quarter", "2026Q3", "--lang", "ru",
                "--out", ru.toString()).exit()).isZero();
        assertThat(PdfText.of(Files.readAllBytes(ru)).text()).contains("ЛВС внешнего контура");

        Path other = dir.resolve("moj.pdf");
        CliRun refused = CliRun.runAs(db, clock, "demo.coordinator.mf", "annex", "print", "--body", "MOJ",
                "--quarter", "2026-Q3", "--lang", "kk", "--out", other.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(Files.exists(other)).isFalse();

        CliRun none = CliRun.run(db, clock, "annex", "print", "--body", "MOJ", "--quarter", "2026-Q3", "--lang", "ru",
                "--out", other.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no committed annex for 2026-Q3");

        CliRun english = CliRun.run(db, clock, "annex", "print", "--body", "MF", "--quarter", "2026-Q3", "--lang",
                "en", "--out", other.toString());
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).contains("--lang kk or --lang ru");
    }
}
