package kz.kuzet.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.ui.console.AlarmNotifier;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.ConsoleWindow;

/** The JavaFX application: shows the console at once, opens the database off the UI thread, then loads it. */
public final class KuzetApp extends Application {

    private Kuzet kuzet;
    private ConsoleModel console;

    @Override
    public void start(Stage stage) {
        ConsoleLauncher.StartOptions options = ConsoleLauncher.options();
        console = new ConsoleModel(options.clock(), System.getProperty("user.name", "analyst"), options.language());
        ConsoleWindow window = new ConsoleWindow(console);
        stage.setTitle(console.bundle().getString("app.title"));
        console.bundleProperty().addListener((o, was, is) -> stage.setTitle(is.getString("app.title")));
        stage.setScene(window.scene(1400, 860));
        stage.show();
        console.setAlarmSink(new AlarmNotifier(window, stage));
        console.startTicking();
        Thread opener = new Thread(() -> {
            try {
                kuzet = ConsoleStartup.open(options);
                boolean demo = kz.kuzet.demo.DemoWorld.demoSeed(kuzet).isPresent();
                Platform.runLater(() -> {
                    console.demoProperty().set(demo);
                    console.connected(kuzet);
                    window.loadAll();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> console.connectionFailed(e));
            }
        }, "kuzet-open-database");
        opener.setDaemon(true);
        opener.start();
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
}
