package kz.kuzet.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.ConsoleWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real console screens headless (Monocle), over a real database and a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleFxTest {

    static final Instant T0 = Instant.parse("2026-07-12T05:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final Kuzet kuzet = TestEngine.H2.open(clock);
    final IncidentFixture fixture = new IncidentFixture(kuzet);
    final List<ConsoleModel> sessions = new ArrayList<>();
    Stage stage;

    Stage stage() {
        if (stage == null) {
            try {
                stage = org.testfx.api.FxToolkit.registerPrimaryStage();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("JavaFX did not start", e);
            }
        }
        return stage;
    }

    /** A console session in the primary stage, as the application builds it (without the ticking timeline). */
    ConsoleWindow openConsole(FxRobot robot, String actor, String language) {
        return openConsole(robot, kz.kuzet.testing.Actors.lead(actor), language);
    }

    /** The same, logged in as the given actor (any role). */
    ConsoleWindow openConsole(FxRobot robot, kz.kuzet.security.Actor actor, String language) {
        ConsoleModel console = new ConsoleModel(clock, actor, language);
        sessions.add(console);
        ConsoleWindow window = new ConsoleWindow(console);
        stage();
        robot.interact(() -> {
            stage.setScene(window.scene(1280, 800));
            stage.show();
            console.connected(kuzet);
            window.loadAll();
        });
        settle();
        return window;
    }

    ConsoleModel session(String actor, String language) {
        ConsoleModel console = new ConsoleModel(clock, kz.kuzet.testing.Actors.lead(actor), language);
        console.attach(kuzet);
        sessions.add(console);
        return console;
    }

    /** Lets every session's database work and the resulting screen updates finish. */
    void settle() {
        for (int round = 0; round < 4; round++) {
            sessions.forEach(s -> s.background().awaitIdle());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Saves a picture of the scene when -Dkuzet.snapshots=folder is given (for looking at the screens). */
    void snapshot(FxRobot robot, Scene scene, String name) {
        String folder = System.getProperty("kuzet.snapshots");
        if (folder == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            javax.imageio.ImageIO.write(out, "png", Path.of(folder, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeAll() {
        sessions.forEach(ConsoleModel::close);
        kuzet.close();
    }
}
