package kz.kuzet.ui.review;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import kz.kuzet.ui.ConsoleLauncher;

/**
 * {@code kuzet review FILE.kzp}: the console without a database, showing one package read-only. JavaFX creates the
 * Application itself, so what to open reaches it through here, once, before launch.
 */
public final class ReviewLauncher {

    record Options(Path file, String language, PackageSource source) {
    }

    private static volatile Options options;
    private static final AtomicReference<Refusal> refused = new AtomicReference<>();

    private ReviewLauncher() {
    }

    /**
     * Opens the review window and waits until it is closed. Returns the refusal when the package was refused
     * (its dialog was shown), or null.
     */
    public static Refusal launch(Path file, String language, PackageSource source) {
        options = new Options(file, language, source);
        refused.set(null);
        Application.launch(ReviewApp.class);
        return refused.get();
    }

    public static boolean hasDisplay(java.util.Map<String, String> env) {
        return ConsoleLauncher.hasDisplay(env);
    }

    static Options options() {
        return options;
    }

    static void refused(Refusal refusal) {
        refused.set(refusal);
    }
}
