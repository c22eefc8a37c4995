package kz.kuzet.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.security.OwnerOnlyFiles;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.EmbeddedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleSettingsServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private ConsoleSettingsService service() {
        return new ConsoleSettingsService(home, CLOCK);
    }

    @Test
    void theSettingsFileIsOwnerOnlyAndNeverHoldsThePassword() throws Exception {
        ConsoleSettingsService service = service();
        assertThat(service.isFirstRun()).isTrue();
        assertThat(service.saved()).isEmpty();

        ConsoleSettings server = ConsoleSettings.postgresql("kk", "jdbc:postgresql://db.ncc:5432/kuzet", "analyst");
        service.save(server);

        assertThat(service.isFirstRun()).isFalse();
        assertThat(service.saved()).contains(server);
        assertThat(OwnerOnlyFiles.isOwnerOnly(service.file().path())).isTrue();
        assertThat(Files.readString(service.file().path())).doesNotContainIgnoringCase("password=");
        DatabaseSettings db = service.database(server, "typed this session");
        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.ncc:5432/kuzet");
        assertThat(db.password()).isEqualTo("typed this session");
        assertThat(service.needsPassword(service.database(server, ""))).isTrue();
        assertThat(service.needsPassword(service.database(ConsoleSettings.embedded("en"), ""))).isFalse();
    }

    @Test
    void badChoicesAreRefusedWithWhatToDo() throws Exception {
        assertThatThrownBy(() -> ConsoleSettings.postgresql("en", "db.ncc:5432/kuzet", "a"))
                .hasMessageContaining("jdbc:postgresql://HOST:5432/DATABASE");
        assertThatThrownBy(() -> ConsoleSettings.postgresql("en", "jdbc:postgresql://db/k?password=secret", "a"))
                .hasMessageContaining("Leave the password out");
        assertThatThrownBy(() -> ConsoleSettings.embedded("de")).hasMessageContaining("use kk, ru or en");

        Files.writeString(home.resolve(SettingsFile.FILE_NAME), "language=fr\ndatabase=embedded\n");
        assertThatThrownBy(() -> service().saved()).hasMessageContaining("delete it to run the first-run wizard");
    }

    @Test
    void theCommandLineWinsOverTheSavedSettings() {
        ConsoleSettingsService service = service();
        ConsoleSettings saved = ConsoleSettings.postgresql("ru", "jdbc:postgresql://db.ncc:5432/kuzet", "analyst");
        DatabaseSettings commandLine = new DatabaseSettings("jdbc:h2:file:/tmp/other", "kuzet", "from env");

        assertThat(service.startDatabase(saved, commandLine, true)).isSameAs(commandLine);
        DatabaseSettings fromSaved = service.startDatabase(saved, commandLine, false);
        assertThat(fromSaved.url()).isEqualTo("jdbc:postgresql://db.ncc:5432/kuzet");
        assertThat(fromSaved.password()).as("KUZET_DB_PASSWORD still reaches a saved server").isEqualTo("from env");
        assertThat(service.startLanguage(saved, "kk", true)).isEqualTo("kk");
        assertThat(service.startLanguage(saved, "kk", false)).isEqualTo("ru");
        assertThat(service.startDatabase(ConsoleSettings.embedded("en"), commandLine, false).url())
                .isEqualTo(DatabaseSettings.embedded(home).url());
    }

    @Test
    void theConnectionTestSaysWhatIsWrong() {
        String url = EmbeddedPg.newDatabaseUrl().replaceFirst("\\?.*$", "");
        ConsoleSettingsService service = service();

        assertThat(service.testConnection(new DatabaseSettings(url, "postgres", ""))).isEmpty();
        assertThat(service.testConnection(new DatabaseSettings(url.replaceFirst("/[^/]+$", "/no_such_db"),
                "postgres", ""))).hasValueSatisfying(m -> assertThat(m).contains("has no such database"));
        assertThat(service.testConnection(new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/kuzet", "postgres",
                "x"))).hasValueSatisfying(m -> assertThat(m).startsWith("Cannot reach PostgreSQL 127.0.0.1:1/kuzet"));
        assertThat(service.testConnection(new DatabaseSettings("jdbc:mysql://db/kuzet", "a", "b")))
                .hasValueSatisfying(m -> assertThat(m).contains("Unsupported database URL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgresql"})
    void theFirstRunCreatesTheAdministratorThenSavesOnEitherEngine(String engine) {
        ConsoleSettingsService service = service();
        ConsoleSettings settings = engine.equals("embedded") ? ConsoleSettings.embedded("kk")
                : ConsoleSettings.postgresql("kk", EmbeddedPg.newDatabaseUrl().replaceFirst("\\?.*$", ""), "postgres");
        DatabaseSettings db = service.database(settings, "");
        assertThat(service.needsFirstAdministrator(db)).isTrue();

        var outcome = service.complete(new FirstRunChoices(settings, "", false,
                new FirstRunChoices.FirstAdministrator("aigerim.admin", "Aigerim", "a long admin pass".toCharArray())));

        assertThat(outcome.administratorCreated()).isTrue();
        assertThat(outcome.demoLoaded()).isFalse();
        assertThat(service.saved()).contains(settings);
        assertThat(service.needsFirstAdministrator(db)).isFalse();
        try (Kuzet kuzet = Kuzet.open(db, CLOCK)) {
            assertThat(kuzet.authenticator().logIn("aigerim.admin", "a long admin pass".toCharArray()).name())
                    .isEqualTo("aigerim.admin");
            assertThat(DemoWorld.isEmpty(kuzet)).as("started empty").isTrue();
        }
    }

    @Test
    void aTooShortAdministratorPasswordSavesNothing() {
        ConsoleSettingsService service = service();
        assertThatThrownBy(() -> service.complete(new FirstRunChoices(ConsoleSettings.embedded("en"), "", false,
                new FirstRunChoices.FirstAdministrator("root", null, "short".toCharArray()))))
                .hasMessageContaining("at least 12 characters");
        assertThat(service.isFirstRun()).as("the wizard runs again").isTrue();
    }
}
