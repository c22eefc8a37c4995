package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
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
                DemoCommand.class, CommandLine.HelpCommand.class})
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

    String language;

    /** The clock every deadline is measured with; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** Opens the database (migrating it to the current schema) and builds the services. */
    Kuzet open() {
        return Kuzet.open(databaseSettings(), clock);
    }

    DatabaseSettings databaseSettings() {
        return DatabaseSettings.resolve(dbUrl, dbUser, dbPassword, System.getenv(), DataFolder.current());
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
        return kz.kuzet.ui.ConsoleLauncher.launch(databaseSettings(), language(), clock);
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
