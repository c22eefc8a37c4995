package kz.kuzet.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;
import kz.kuzet.ui.audit.AuditScreens;
import kz.kuzet.ui.console.AlarmNotifier;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.settings.ConsoleSettingsService;
import kz.kuzet.store.DataFolder;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.firstrun.FirstRunFlow;
import kz.kuzet.ui.login.LoginDialog;

/**
 * The JavaFX application: shows the console at once, opens the database off the UI thread, asks for a log-in,
 * then loads the queues.
 */
public final class KuzetApp extends Application {

    private Kuzet kuzet;
    private ConsoleSettingsService settings;
    private ConsoleModel console;

    @Override
    public void start(Stage stage) {
        ConsoleLauncher.StartOptions given = ConsoleLauncher.options();
        settings = new ConsoleSettingsService(DataFolder.current(), given.clock());
        FirstRunFlow.beforeLogIn(settings, new FirstRunFlow.Start(given.database(), given.language()),
                ConsoleLauncher.given(), chosen -> open(stage, new ConsoleLauncher.StartOptions(chosen.database(),
                        chosen.language(), given.clock())), Platform::exit);
    }

    private void open(Stage stage, ConsoleLauncher.StartOptions options) {
        console = new ConsoleModel(options.clock(), null, options.language());
        ConsoleWindow window = new ConsoleWindow(console);
        stage.setTitle(console.bundle().getString("app.title"));
        console.bundleProperty().addListener((o, was, is) -> stage.setTitle(is.getString("app.title")));
        stage.setScene(window.scene(1400, 860));
        Runnable showSettings = () -> FirstRunFlow.showSettings(settings, console.language(), stage);
        window.setSettingsAction(showSettings);
        window.setOpenPackageAction(() -> new kz.kuzet.ui.review.OpenPackage(stage, console::language,
                System.getenv()).choose());
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                showSettings);
        stage.show();
        console.setAlarmSink(new AlarmNotifier(window, stage));
        console.startTicking();
        Thread opener = new Thread(() -> {
            try {
                kuzet = ConsoleStartup.open(options);
                boolean demo = kz.kuzet.demo.DemoWorld.demoSeed(kuzet).isPresent();
                boolean noAdministrator = kuzet.users().needsFirstAdministrator();
                Platform.runLater(() -> logIn(stage, window, options, demo, noAdministrator));
            } catch (RuntimeException e) {
                Platform.runLater(() -> console.connectionFailed(e));
            }
        }, "kuzet-open-database");
        opener.setDaemon(true);
        opener.start();
    }

    private void logIn(Stage stage, ConsoleWindow window, ConsoleLauncher.StartOptions options, boolean demo,
            boolean noAdministrator) {
        ResourceBundle security = LoginDialog.bundle(locale(options.language()));
        if (noAdministrator) {
            console.connectionFailed(new IllegalStateException(security.getString("login.no_admin")));
            return;
        }
        LoginDialog.show(kuzet.authenticator(), security, actor -> {
            console.logIn(actor);
            console.demoProperty().set(demo);
            console.connected(kuzet);
            window.loadAll();
            kuzet.outboxRetrier().start();
            if (actor.may(Permission.AUDIT_READ)) {
                mountAudit(window, actor);
            }
            if (actor.may(Permission.REGISTRY_READ)) {
                kz.kuzet.ui.registry.RegistryScreens registry = new kz.kuzet.ui.registry.RegistryScreens(kuzet, actor,
                        console.language(), backgroundExecutor(), null);
                window.setRegistryView(registry::view);
            }
        }, stage::close);
    }

    private void mountAudit(ConsoleWindow window, Actor actor) {
        AuditScreens audit = new AuditScreens(kuzet.auditQueries(), actor, console.language(), backgroundExecutor());
        window.setAuditView(audit::view);
    }

    /** Runs work off the JavaFX thread on the console's background worker. */
    private java.util.concurrent.Executor backgroundExecutor() {
        return r -> console.background().submit(() -> {
            r.run();
            return null;
        }, x -> { }, e -> { });
    }

    @Override
    public void stop() {
        if (console != null) {
            console.close();
        }
        if (kuzet != null) {
            kuzet.close();
        }
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
