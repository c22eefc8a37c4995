package kz.kuzet.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the central event database is and how to log in to it. Credentials are never part of
 * {@link #toString()}, so they cannot reach a log by accident.
 */
public final class DatabaseSettings {

    /**
     * H2 options that make it accept the same SQL as PostgreSQL and let several processes share one file. A row
     * lock is waited for up to 10 s (H2's default is 2 s, too short for the audit chain's head under load).
     */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0";

    /** The user an embedded file database is created with when none is given. */
    static final String EMBEDDED_USER = "kuzet";

    private final String url;
    private final String user;
    private final String password;

    public DatabaseSettings(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /** The embedded H2 file database in the given folder. */
    public static DatabaseSettings embedded(Path folder) {
        return new DatabaseSettings(h2FileUrl(folder.resolve("kuzet")), EMBEDDED_USER, "");
    }

    public static String h2FileUrl(Path fileBase) {
        return "jdbc:h2:file:" + fileBase.toAbsolutePath() + H2_OPTIONS;
    }

    /** An H2 database in memory, private to this process; for tests and benchmarks. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    /**
     * Resolves the settings from explicit options, then the environment ({@code KUZET_DB_URL},
     * {@code KUZET_DB_USER}, {@code KUZET_DB_PASSWORD}), then the embedded default in the user's data folder.
     */
    public static DatabaseSettings resolve(String url, String user, String password, java.util.Map<String, String> env,
            Path dataFolder) {
        String u = firstNonBlank(url, env.get("KUZET_DB_URL"));
        String usr = firstNonBlank(user, env.get("KUZET_DB_USER"));
        String pwd = firstNonBlank(password, env.get("KUZET_DB_PASSWORD"));
        if (u == null) {
            u = embedded(dataFolder).url;
        }
        if (usr == null && u.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
            usr = EMBEDDED_USER;
        }
        return new DatabaseSettings(u, usr, pwd);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Engine engine() {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Engine.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Engine.POSTGRESQL;
        }
        throw new StoreException("Unsupported database URL '" + redactedUrl()
                + "': use jdbc:h2:… (embedded) or jdbc:postgresql://host:port/db");
    }

    public boolean isEmbeddedFile() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:");
    }

    /** The URL without any password parameter, for messages and logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** A short description for people: the engine and where the data is, without options or credentials. */
    public String displayName() {
        String plain = url.replaceFirst(";.*$", "");
        if (plain.startsWith("jdbc:h2:file:")) {
            return "H2 " + plain.substring("jdbc:h2:file:".length());
        }
        if (plain.startsWith("jdbc:h2:mem:")) {
            return "H2 (memory) " + plain.substring("jdbc:h2:mem:".length());
        }
        return "PostgreSQL " + plain.replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redactedUrl() + ", user=" + user + "]";
    }

    public enum Engine {
        H2, POSTGRESQL
    }
}
