package kz.kuzet.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.security.PasswordHasher;
import kz.kuzet.store.DatabaseSettings;

/**
 * The console's start-up settings: whether this is the first run, what the console starts with (the command line
 * wins over the saved file), testing a database connection, and carrying out the first-run choices.
 */
public final class ConsoleSettingsService {

    /** How long a connection test waits for the server before giving up. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final Path dataFolder;
    private final SettingsFile file;
    private final Clock clock;

    public ConsoleSettingsService(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.file = new SettingsFile(dataFolder);
        this.clock = clock;
    }

    public SettingsFile file() {
        return file;
    }

    /** No settings file yet: the console asks the first-run questions before the log-in. */
    public boolean isFirstRun() {
        return !file.exists();
    }

    public Optional<ConsoleSettings> saved() {
        return file.read();
    }

    public void save(ConsoleSettings settings) {
        file.write(settings);
    }

    /** The database the settings name, with the password for this session (never saved). */
    public DatabaseSettings database(ConsoleSettings settings, String password) {
        if (settings.databaseKind() == ConsoleSettings.DatabaseKind.EMBEDDED) {
            return DatabaseSettings.embedded(dataFolder);
        }
        return new DatabaseSettings(settings.serverUrl(), settings.serverUser(), password);
    }

    /** The database to start with: one given on the command line (or KUZET_DB_URL) wins over the saved one. */
    public DatabaseSettings startDatabase(ConsoleSettings saved, DatabaseSettings commandLine, boolean givenOnCommandLine) {
        return givenOnCommandLine ? commandLine : database(saved, commandLine.password());
    }

    /** The language to start with: {@code --lang} wins over the saved one. */
    public String startLanguage(ConsoleSettings saved, String commandLine, boolean givenOnCommandLine) {
        return givenOnCommandLine ? commandLine : saved.language();
    }

    /** Whether the saved PostgreSQL database still needs its password typed in this session. */
    public boolean needsPassword(DatabaseSettings database) {
        return database.engine() == DatabaseSettings.Engine.POSTGRESQL && database.password().isEmpty();
    }

    /**
     * Tries to log in to the database and returns why it failed, in one line for people; empty when it worked.
     * Blocks up to {@value #CONNECT_TIMEOUT_SECONDS} seconds: call it off the UI thread.
     */
    public Optional<String> testConnection(DatabaseSettings database) {
        if (database.isEmbeddedFile()) {
            return Optional.empty();
        }
        try {
            database.engine();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", database.user());
        login.setProperty("password", database.password());
        login.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        login.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        try (Connection c = DriverManager.getConnection(database.url(), login)) {
            return c.isValid(CONNECT_TIMEOUT_SECONDS) ? Optional.empty()
                    : Optional.of("The server " + database.displayName() + " did not answer.");
        } catch (SQLException e) {
            return Optional.of(explain(database, e));
        }
    }

    private static String explain(DatabaseSettings database, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = database.displayName();
        if (state.equals("28P01") || state.equals("28000")) {
            return "The server " + where + " refused the user name or password. Check both.";
        }
        if (state.equals("3D000")) {
            return "The server " + where + " has no such database. Check the name after the last '/'.";
        }
        if (state.startsWith("08")) {
            return "Cannot reach " + where + ": check the host and port, and that the server is running ("
                    + firstLine(e.getMessage()) + ").";
        }
        return "Cannot connect to " + where + ": " + firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").trim();
    }

    /** Whether the database has no administrator yet; opens (and, if new, creates) it. Off the UI thread. */
    public boolean needsFirstAdministrator(DatabaseSettings database) {
        try (Kuzet kuzet = Kuzet.open(database, clock)) {
            return kuzet.users().needsFirstAdministrator();
        }
    }

    /** What the first run did. */
    public record FirstRunOutcome(boolean administratorCreated, boolean demoLoaded) {
    }

    /**
     * Carries out the first-run choices: creates the first administrator (if given and still needed), loads demo
     * data (if chosen and the database holds no state bodies), then saves the settings. The settings are saved
     * last, so a failure leaves the wizard to run again. Off the UI thread.
     */
    public FirstRunOutcome complete(FirstRunChoices choices) {
        DatabaseSettings database = database(choices.settings(), choices.databasePassword());
        boolean created = false;
        boolean demo = false;
        try (Kuzet kuzet = Kuzet.open(database, clock)) {
            FirstRunChoices.FirstAdministrator admin = choices.administrator();
            if (admin != null && kuzet.users().needsFirstAdministrator()) {
                try {
                    kuzet.users().createFirstAdministrator(admin.username(), admin.displayName(), admin.password());
                    created = true;
                } finally {
                    PasswordHasher.wipe(admin.password());
                }
            }
            if (choices.loadDemo() && DemoWorld.isEmpty(kuzet)) {
                new DemoWorld(kuzet, DemoWorld.DEFAULT_SEED, DemoWorld.Size.STANDARD).load();
                demo = true;
            }
        }
        save(choices.settings());
        return new FirstRunOutcome(created, demo);
    }
}
