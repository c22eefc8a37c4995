package kz.kuzet.ui.firstrun;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.settings.ConsoleSettings;
import kz.kuzet.settings.ConsoleSettingsService;
import kz.kuzet.store.DatabaseSettings;

/**
 * What happens before the log-in: on first run (no settings file) the wizard; otherwise the saved settings, with
 * the command line's {@code --db}/{@code --lang} winning, and the PostgreSQL password asked for when it is not in
 * the environment. Hands the database and language to start with on.
 */
public final class FirstRunFlow {

    /** Which start options the command line (or KUZET_DB_URL) gave explicitly. */
    public record Given(boolean database, boolean language) {
    }

    /** The database and language the console starts with. */
    public record Start(DatabaseSettings database, String language) {
    }

    private FirstRunFlow() {
    }

    /**
     * Decides what the console starts with and calls {@code start} on the JavaFX thread, or {@code quit} when the
     * person closes the wizard. An explicit {@code --db} skips the wizard: the database was chosen already.
     */
    public static void beforeLogIn(ConsoleSettingsService service, Start commandLine, Given given,
            Consumer<Start> start, Runnable quit) {
        Optional<ConsoleSettings> saved;
        try {
            saved = given.database() && service.isFirstRun() ? Optional.empty() : service.saved();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(),
                    ok(FirstRunWizard.bundle(commandLine.language())));
            alert.showAndWait();
            saved = Optional.empty();
        }
        if (saved.isEmpty() && given.database()) {
            start.accept(commandLine);
            return;
        }
        if (saved.isEmpty()) {
            FirstRunModel model = new FirstRunModel(service, background(), false);
            model.start(ConsoleSettings.embedded(commandLine.language()));
            FirstRunWizard.show(model, new Stage(), outcome -> start.accept(new Start(outcome.database(),
                    given.language() ? commandLine.language() : outcome.settings().language())), quit);
            return;
        }
        DatabaseSettings database = service.startDatabase(saved.get(), commandLine.database(), given.database());
        String language = service.startLanguage(saved.get(), commandLine.language(), given.language());
        if (service.needsPassword(database)) {
            Optional<String> password = askPassword(database, language, null);
            if (password.isEmpty()) {
                quit.run();
                return;
            }
            database = new DatabaseSettings(database.url(), database.user(), password.get());
        }
        start.accept(new Start(database, language));
    }

    /** The settings screen: the language and database steps of the wizard, saved for the next start. */
    public static void showSettings(ConsoleSettingsService service, String currentLanguage, Window owner) {
        FirstRunModel model = new FirstRunModel(service, background(), true);
        ConsoleSettings current;
        try {
            current = service.saved().orElse(ConsoleSettings.embedded(currentLanguage));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            current = ConsoleSettings.embedded(currentLanguage);
        }
        model.start(current);
        Stage stage = new Stage();
        stage.initOwner(owner);
        FirstRunWizard.show(model, stage, outcome -> {
            Alert saved = new Alert(Alert.AlertType.INFORMATION, model.bundle().getString("settings.saved"),
                    ok(model.bundle()));
            saved.initOwner(owner);
            saved.setHeaderText(null);
            saved.show();
        }, () -> { });
    }

    /** OK in the dialog's language (JavaFX has no Kazakh or Russian words of its own). */
    private static ButtonType ok(ResourceBundle bundle) {
        return new ButtonType(bundle.getString("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    private static Optional<String> askPassword(DatabaseSettings database, String language, Window owner) {
        ResourceBundle bundle = FirstRunWizard.bundle(language);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("password.title"));
        dialog.setHeaderText(MessageFormat.format(bundle.getString("password.header"), database.user(),
                database.displayName()));
        PasswordField field = new PasswordField();
        field.setId("databasePassword");
        dialog.getDialogPane().setContent(field);
        ButtonType ok = ok(bundle);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(bundle.getString("button.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    private static Executor background() {
        return work -> {
            Thread t = new Thread(work, "kuzet-first-run");
            t.setDaemon(true);
            t.start();
        };
    }
}
