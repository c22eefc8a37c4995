package kz.kuzet.ui;

import java.time.Clock;
import javafx.application.Application;
import kz.kuzet.store.DatabaseSettings;

/**
 * Starts the JavaFX console. JavaFX creates the Application itself, so the settings chosen on the command line
 * reach it through here, once, before launch.
 */
public final class ConsoleLauncher {

    private static volatile StartOptions options;
    private static volatile kz.kuzet.ui.firstrun.FirstRunFlow.Given given =
            new kz.kuzet.ui.firstrun.FirstRunFlow.Given(false, false);

    private ConsoleLauncher() {
    }

    public record StartOptions(DatabaseSettings database, String language, Clock clock) {
    }

    /** As below, saying which of the database and language the command line gave (they win over saved settings). */
    public static int launch(DatabaseSettings database, String language, Clock clock, boolean databaseGiven,
            boolean languageGiven) {
        given = new kz.kuzet.ui.firstrun.FirstRunFlow.Given(databaseGiven, languageGiven);
        return launch(database, language, clock);
    }

    public static int launch(DatabaseSettings database, String language, Clock clock) {
        if (!hasDisplay(System.getenv())) {
            System.err.println("kuzet: no display to open the console on. Set DISPLAY, or run a command "
                    + "(see 'kuzet --help').");
            return 1;
        }
        options = new StartOptions(database, language, clock);
        Application.launch(KuzetApp.class);
        return 0;
    }

    /** Whether there is a screen to open a window on (a Linux machine without DISPLAY has none). */
    public static boolean hasDisplay(java.util.Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !java.awt.GraphicsEnvironment.isHeadless() || env.get("DISPLAY") != null || os.contains("win")
                || os.contains("mac");
    }

    static StartOptions options() {
        return options;
    }

    static kz.kuzet.ui.firstrun.FirstRunFlow.Given given() {
        return given;
    }
}
