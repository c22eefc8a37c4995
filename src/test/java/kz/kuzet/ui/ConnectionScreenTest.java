package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.ConsoleWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The database goes away and comes back: a clear banner, then reconnection, and nothing typed is lost. */
@ExtendWith(ApplicationExtension.class)
class ConnectionScreenTest {

    @TempDir
    Path folder;

    @Test
    void aLostDatabaseShowsABannerKeepsTheDraftAndReconnects(FxRobot robot) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-12T05:00:00Z"));
        String base = "jdbc:h2:file:" + folder.resolve("kuzet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Kuzet creating = Kuzet.open(new DatabaseSettings(base, "sa", ""), clock)) {
            new IncidentFixture(creating);
        }
        Kuzet kuzet = Kuzet.open(new DatabaseSettings(base + ";IFEXISTS=TRUE", "sa", ""), clock);
        ConsoleModel console = new ConsoleModel(clock, kz.kuzet.testing.Actors.lead("analyst1"), "en");
        try {
            IncidentFixture fixture = IncidentFixture.existing(kuzet);
            long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("6001", clock.instant())),
                    RecordKind.EVENT).get(0);
            ConsoleWindow window = new ConsoleWindow(console);
            var stage = FxToolkit.registerPrimaryStage();
            robot.interact(() -> {
                stage.setScene(window.scene(1280, 800));
                stage.show();
                console.connected(kuzet);
                window.loadAll();
                window.openRecord(id);
            });
            settle(console);
            TextArea draft = robot.lookup("#analysisArea").queryAs(TextArea.class);
            robot.interact(() -> draft.setText("Half-written analysis"));

            try (Connection c = kuzet.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (java.sql.SQLException closedWhileClosing) {
                // the database is gone, as wanted
            }
            Path file = folder.resolve("kuzet.mv.db");
            Path away = folder.resolve("away.mv.db");
            Files.move(file, away);
            Label banner = robot.lookup("#problemBanner").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, banner::isVisible);
            assertThat(banner.getText()).contains("Connection to the database lost").contains("nothing you typed");
            assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                    .isEqualTo("Database NOT connected");
            assertThat(robot.lookup("#analysisArea").queryAs(TextArea.class).getText())
                    .isEqualTo("Half-written analysis");

            Files.move(away, file);
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !banner.isVisible());
            robot.clickOn("#analysisButton");
            settle(console);
            assertThat(kuzet.queues().detail(SYSTEM, id).initialAnalysis()).isEqualTo("Half-written analysis");
        } finally {
            console.close();
            kuzet.close();
        }
    }

    private static void settle(ConsoleModel console) {
        for (int i = 0; i < 4; i++) {
            console.background().awaitIdle();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
