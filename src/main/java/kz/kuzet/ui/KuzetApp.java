package kz.kuzet.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.ui.login.LoginDialog;
import kz.kuzet.ui.main.MainView;
import kz.kuzet.ui.main.MainViewModel;

/** The JavaFX application: opens the database off the UI thread, then shows the main window. */
public final class KuzetApp extends Application {

    private Kuzet kuzet;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        ConsoleLauncher.StartOptions options = ConsoleLauncher.options();
        ResourceBundle bundle = Messages.bundle(options.language());
        viewModel = new MainViewModel(options.clock(), bundle);
        MainView view = MainView.load(viewModel, bundle);
        stage.setTitle(bundle.getString("app.title"));
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.show();
        Thread opener = new Thread(() -> {
            try {
                kuzet = ConsoleStartup.open(options);
                boolean demo = kz.kuzet.demo.DemoWorld.demoSeed(kuzet).isPresent();
                boolean noAdministrator = kuzet.users().needsFirstAdministrator();
                Platform.runLater(() -> logIn(stage, options, demo, noAdministrator));
            } catch (RuntimeException e) {
                Platform.runLater(() -> viewModel.connectionFailed(e));
            }
        }, "kuzet-open-database");
        opener.setDaemon(true);
        opener.start();
    }

    private void logIn(Stage stage, ConsoleLauncher.StartOptions options, boolean demo, boolean noAdministrator) {
        ResourceBundle security = LoginDialog.bundle(locale(options.language()));
        if (noAdministrator) {
            viewModel.connectionFailed(new IllegalStateException(security.getString("login.no_admin")));
            return;
        }
        LoginDialog.show(kuzet.authenticator(), security, actor -> {
            viewModel.connected(kuzet, demo, actor);
            kuzet.outboxRetrier().start();
        }, stage::close);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
        if (kuzet != null) {
            kuzet.close();
        }
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
