package kz.kuzet.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditRow;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A language switch rebuilds the audit screen in the new language over the same filters and entries. */
@ExtendWith(ApplicationExtension.class)
class AuditScreensTest {

    private Kuzet kuzet;
    private ExecutorService background;
    private AuditScreens screens;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kuzet = TestEngine.H2.open(Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC));
        for (String actor : new String[] {"demo.analyst", "demo.lead", "demo.lead"}) {
            kuzet.tx().run(em -> kuzet.audit().event(em, actor, "test.event", Map.of("by", actor)));
        }
        background = Executors.newSingleThreadExecutor();
        screens = new AuditScreens(kuzet.auditQueries(), Actor.system("test-auditor"), "en", background);
        stage.setScene(new Scene(screens.view("en"), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    @Test
    void aLanguageSwitchRebuildsTheScreenAndKeepsTheFiltersAsTypedAndTheEntries(FxRobot robot) throws Exception {
        TableView<AuditRow> table = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !screens.viewModel().loadingProperty().get());
        robot.clickOn("#recordFilter").write("seven");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText())
                .isEqualTo("Filter not applied: 'seven' is not a record number");
        robot.interact(() -> screens.viewModel().recordProperty().set(""));
        robot.clickOn("#userFilter").write("demo.lead");
        robot.clickOn("#actionFilter").write("test");

        robot.interact(() -> stage.getScene().setRoot(screens.view("ru")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#applyButton").queryButton().getText()).isEqualTo("Применить");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("Показано записей: 3");
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText())
                .isEqualTo("Фильтр не применён: 'seven' is not a record number");
        assertThat(robot.lookup("#actionFilter").queryAs(TextField.class).getText()).isEqualTo("test");
        TableView<AuditRow> rebuilt = robot.lookup("#auditTable").queryTableView();
        assertThat(rebuilt).isNotSameAs(table);
        assertThat(rebuilt.getItems()).as("the typed filter is not applied by the switch").hasSize(3);

        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rebuilt.getItems().size() == 2);
        assertThat(rebuilt.getItems()).extracting(AuditRow::actor).containsOnly("demo.lead");
        assertThat(robot.lookup("#problemLabel").queryLabeled().isVisible()).isFalse();

        robot.interact(() -> stage.getScene().setRoot(screens.view("kk")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#userFilter").queryComboBox().getEditor().getText()).isEqualTo("demo.lead");
        assertThat(robot.lookup("#auditTable").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup("#applyButton").queryButton().getText())
                .isEqualTo(AuditScreens.bundle("kk").getString("audit.apply")).isNotEqualTo("Применить");
    }
}
