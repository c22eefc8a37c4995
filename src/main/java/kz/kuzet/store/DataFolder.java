package kz.kuzet.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder where Kuzet keeps its embedded database and settings. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get("KUZET_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "Kuzet");
        }
        if (osName.toLowerCase(Locale.ROOT).contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Kuzet");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("kuzet");
    }

    public static Path current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
