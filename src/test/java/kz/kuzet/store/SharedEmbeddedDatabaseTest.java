package kz.kuzet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several console processes on one machine share the embedded file database. */
class SharedEmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void anotherProcessReadsAndWritesTheFileWhileThisOneHoldsItOpen() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(folder);
        try (Kuzet kuzet = Kuzet.open(settings, Clock.systemUTC())) {
            kuzet.tx().run(em -> em.persist(new StateBody("MF", "Қаржы министрлігі", "Министерство финансов",
                    StateBodyKind.MINISTRY)));
            kuzet.users().createFirstAdministrator("root", null, "root's password!".toCharArray());

            String listed = runKuzet(settings, "bodies", "--json");
            assertThat(listed).contains("\"code\":\"MF\"").contains("Қаржы министрлігі");

            runKuzet(settings, "db", "migrate");
            assertThat(kuzet.registry().listBodies(kz.kuzet.security.Actor.system("test"))).extracting(b -> b.code()).containsExactly("MF");
        }
    }

    private static String runKuzet(DatabaseSettings settings, String... args) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kz.kuzet.Launcher", "--db", settings.url()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("KUZET_USER", "root");
        builder.environment().put("KUZET_PASSWORD", "root's password!");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        Files.writeString(Path.of("target", "shared-db-child.log"), err);
        return out;
    }
}
