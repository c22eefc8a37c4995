package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.LogInFailedException;
import kz.kuzet.security.PasswordHasher;
import kz.kuzet.store.DataFolder;
import kz.kuzet.store.DatabaseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code kuzet}: with no command it opens the console; with a command it runs headless. */
@Command(name = "kuzet", mixinStandardHelpOptions = true, versionProvider = KuzetCommand.Version.class,
        description = "Kuzet — analyst console of the National Cybersecurity Coordination Center.",
        subcommands = {DbCommand.class, BodiesCommand.class, AnnexCommand.class, RegistryCommand.class, RecordsCommand.class, ClocksCommand.class,
                DemoCommand.class, UserCommand.class, AuditCommand.class, NoticeCommand.class, OutboxCommand.class,
                ReportCommand.class, BenchCommand.class, NoticeSettingsCommand.class, ParseCommand.class,
                IngestCommand.class, ExportCommand.class, VerifyCommand.class, ImportCommand.class,
                TrustCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
public final class KuzetCommand implements Callable<Integer> {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Database URL (env KUZET_DB_URL). Default: the embedded H2 file in the user's data folder.")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, description = "Database user (env KUZET_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT,
            description = "Database password (env KUZET_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "kk|ru|en",
            description = "Language of messages and documents: kk, ru or en.")
    void setLanguage(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (!l.equals("kk") && !l.equals("ru") && !l.equals("en")) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Unknown language '" + lang + "': use kk, ru or en.");
        }
        this.language = l;
    }

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Log in as this user (env KUZET_USER). The password comes from env KUZET_PASSWORD or "
                    + "a prompt; it is never an option.")
    String user;

    String language;

    /** The clock every deadline is measured with; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** The environment (KUZET_USER, KUZET_PASSWORD, …); tests replace it. */
    Map<String, String> env = System.getenv();

    /** Asks for a password without echo; tests replace it. Returns null when there is no terminal. */
    PasswordPrompt prompt = PasswordPrompt.CONSOLE;

    /**
     * Logs in the user named by {@code --user} or {@code KUZET_USER}, with the password from {@code KUZET_PASSWORD}
     * or the prompt. Every attempt is audited; a refusal ends the command with its reason.
     */
    Actor logIn(Kuzet kuzet) {
        String name = user != null && !user.isBlank() ? user : env.get("KUZET_USER");
        if (name == null || name.isBlank()) {
            throw new CommandFailure("This command needs a log-in: give --user NAME (or set KUZET_USER); the "
                    + "password is read from KUZET_PASSWORD or asked for.");
        }
        char[] password = password("Password for " + name + ": ");
        try {
            return kuzet.authenticator().logIn(name, password);
        } catch (LogInFailedException e) {
            throw new CommandFailure("Log-in refused: " + e.getMessage());
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    private char[] password(String question) {
        String fromEnv = env.get("KUZET_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        char[] typed = prompt.ask(question);
        if (typed == null) {
            throw new CommandFailure("No password: set KUZET_PASSWORD, or run in a terminal to be asked for it.");
        }
        return typed;
    }

    /** A new password for a user being created: from KUZET_NEW_PASSWORD, or asked for twice. */
    char[] newPassword(String username) {
        String fromEnv = env.get("KUZET_NEW_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        char[] first = prompt.ask("New password for " + username + ": ");
        if (first == null) {
            throw new CommandFailure("No password for the new user: set KUZET_NEW_PASSWORD, or run in a terminal "
                    + "to be asked for it.");
        }
        char[] second = prompt.ask("Repeat the new password: ");
        try {
            if (second == null || !java.util.Arrays.equals(first, second)) {
                PasswordHasher.wipe(first);
                throw new CommandFailure("The two passwords differ; nothing was changed. Try again.");
            }
            return first;
        } finally {
            PasswordHasher.wipe(second);
        }
    }

    /** Opens the database (migrating it to the current schema) and builds the services. */
    Kuzet open() {
        return Kuzet.open(databaseSettings(), clock);
    }

    DatabaseSettings databaseSettings() {
        return DatabaseSettings.resolve(dbUrl, dbUser, dbPassword, env, DataFolder.current());
    }

    String language() {
        if (language != null) {
            return language;
        }
        String system = Locale.getDefault().getLanguage();
        return system.equals("kk") || system.equals("ru") ? system : "en";
    }

    @Override
    public Integer call() {
        boolean databaseGiven = dbUrl != null && !dbUrl.isBlank()
                || env.get("KUZET_DB_URL") != null && !env.get("KUZET_DB_URL").isBlank();
        return kz.kuzet.ui.ConsoleLauncher.launch(databaseSettings(), language(), clock, databaseGiven,
                language != null);
    }

    public static int run(String... args) {
        return commandLine(new KuzetCommand()).execute(args);
    }

    static CommandLine commandLine(KuzetCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("kuzet: " + Failures.oneLine(ex));
            err.flush();
            return 1;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KuzetCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kuzet " + (v == null ? "development build" : v)};
        }
    }
}
