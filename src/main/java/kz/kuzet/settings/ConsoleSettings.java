package kz.kuzet.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the console starts with, as chosen on first run or in the settings screen: the language and the database.
 * The PostgreSQL password is deliberately not part of it: it is never written to disk (it comes from
 * {@code KUZET_DB_PASSWORD}, {@code --db-password}, or is asked for at start).
 */
public record ConsoleSettings(String language, DatabaseKind databaseKind, String serverUrl, String serverUser) {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    public enum DatabaseKind {
        /** The H2 file in the user's data folder. */
        EMBEDDED,
        /** A shared PostgreSQL server. */
        POSTGRESQL
    }

    public ConsoleSettings {
        language = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unknown language '" + language + "': use kk, ru or en.");
        }
        Objects.requireNonNull(databaseKind, "databaseKind");
        serverUrl = serverUrl == null ? "" : serverUrl.trim();
        serverUser = serverUser == null ? "" : serverUser.trim();
        if (databaseKind == DatabaseKind.POSTGRESQL) {
            checkServerUrl(serverUrl);
        }
    }

    public static ConsoleSettings embedded(String language) {
        return new ConsoleSettings(language, DatabaseKind.EMBEDDED, "", "");
    }

    public static ConsoleSettings postgresql(String language, String url, String user) {
        return new ConsoleSettings(language, DatabaseKind.POSTGRESQL, url, user);
    }

    public ConsoleSettings withLanguage(String newLanguage) {
        return new ConsoleSettings(newLanguage, databaseKind, serverUrl, serverUser);
    }

    /** Refuses a URL that is not a PostgreSQL JDBC URL, or that carries a password (it would be saved in clear). */
    public static void checkServerUrl(String url) {
        if (url == null || !url.trim().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("The PostgreSQL address must look like "
                    + "jdbc:postgresql://HOST:5432/DATABASE (it was '" + (url == null ? "" : url.trim()) + "').");
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("Leave the password out of the address: type it in the password "
                    + "field. It is not saved.");
        }
    }
}
