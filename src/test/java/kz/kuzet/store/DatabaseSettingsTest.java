package kz.kuzet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private final Path data = Path.of("/home/analyst/.local/share/kuzet");

    @Test
    void optionsWinOverTheEnvironmentWhichWinsOverTheEmbeddedDefault() {
        Map<String, String> env = Map.of("KUZET_DB_URL", "jdbc:postgresql://db:5432/kuzet", "KUZET_DB_USER", "env",
                "KUZET_DB_PASSWORD", "envpw");
        DatabaseSettings fromOptions = DatabaseSettings.resolve("jdbc:postgresql://other/x", "opt", "optpw", env, data);
        assertThat(fromOptions.url()).isEqualTo("jdbc:postgresql://other/x");
        assertThat(fromOptions.user()).isEqualTo("opt");
        assertThat(fromOptions.password()).isEqualTo("optpw");

        DatabaseSettings fromEnv = DatabaseSettings.resolve(null, null, null, env, data);
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://db:5432/kuzet");
        assertThat(fromEnv.engine()).isEqualTo(DatabaseSettings.Engine.POSTGRESQL);
        assertThat(fromEnv.password()).isEqualTo("envpw");

        DatabaseSettings embedded = DatabaseSettings.resolve(null, null, null, Map.of(), data);
        assertThat(embedded.url()).startsWith("jdbc:h2:file:/home/analyst/.local/share/kuzet/kuzet;")
                .contains("AUTO_SERVER=TRUE").contains("MODE=PostgreSQL").contains("MAX_COMPACT_TIME=0");
        assertThat(embedded.isEmbeddedFile()).isTrue();
        assertThat(embedded.user()).isEqualTo("kuzet");
    }

    @Test
    void anExplicitH2FileUrlOpensWithTheSameUserAsTheDefault() {
        DatabaseSettings s = DatabaseSettings.resolve("jdbc:h2:file:/tmp/k", null, null, Map.of(), data);
        assertThat(s.user()).isEqualTo("kuzet");
    }

    @Test
    void passwordsNeverShowInDescriptions() {
        DatabaseSettings s = new DatabaseSettings("jdbc:postgresql://db/kuzet?user=a&password=hunter2", "a", "pw1");
        assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("pw1");
        assertThat(s.redactedUrl()).contains("password=***");
        assertThat(s.displayName()).isEqualTo("PostgreSQL db/kuzet");
    }

    @Test
    void unsupportedEnginesAreRefusedWithWhatToUseInstead() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:sqlite:x.db", "", "").engine())
                .hasMessageContaining("jdbc:h2:").hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void theDataFolderFollowsEachSystemsConvention() {
        assertThat(DataFolder.resolve(Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.local/share/kuzet"));
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/xdg/kuzet"));
        assertThat(DataFolder.resolve(Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Roaming", "Kuzet"));
        assertThat(DataFolder.resolve(Map.of("KUZET_HOME", "/srv/kuzet"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/kuzet"));
    }
}
