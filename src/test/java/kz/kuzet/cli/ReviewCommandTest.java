package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.ui.review.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kuzet review} on a machine without a display: a refused package prints its one line and exits 1. */
class ReviewCommandTest {

    @TempDir
    Path folder;

    private final ReviewFixture fixture = new ReviewFixture();

    private Cli cli() throws Exception {
        Path trust = Files.createDirectories(folder.resolve("trusted-keys"));
        TrustList.write(trust.resolve("nccc.pub"), ReviewFixture.SIGNER, fixture.key.publicKey());
        return new Cli(kz.kuzet.store.DatabaseSettings.embedded(folder.resolve("unused")), Clock.systemUTC())
                .env("KUZET_TRUST_DIR", trust.toString()).env("DISPLAY", null);
    }

    @Test
    void aTamperedPackageIsRefusedWithOneLineAndExitCodeOne() throws Exception {
        Cli.Result r = cli().run("--lang", "en", "review", fixture.tampered(folder).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith(
                "kuzet: record-42-tampered.kzp was not opened: The entry record.json does not match")
                .contains("ask the sender for a new copy").doesNotContain("Exception");
    }

    @Test
    void anUntrustedPackageSaysHowToTrustItInTheChosenLanguage() throws Exception {
        Cli.Result r = new Cli(kz.kuzet.store.DatabaseSettings.embedded(folder.resolve("unused")),
                Clock.systemUTC()).env("KUZET_TRUST_DIR", folder.resolve("none").toString()).env("DISPLAY", null)
                .run("--lang", "ru", "review", fixture.valid(folder).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("kuzet: record-42.kzp не открыт: ")
                .contains("kuzet trust add");
    }

    @Test
    void aValidPackageWithoutADisplayIsReportedAsValid() throws Exception {
        Cli.Result r = cli().run("review", fixture.valid(folder).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is valid, but there is no display");
    }
}
