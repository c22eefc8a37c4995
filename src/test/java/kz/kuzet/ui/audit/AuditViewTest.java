package kz.kuzet.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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

@ExtendWith(ApplicationExtension.class)
class AuditViewTest {

    private Kuzet kuzet;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);
        kuzet = TestEngine.H2.open(clock);
        for (String actor : new String[] {"demo.analyst", "demo.lead", "demo.analyst", "demo.auditor", "demo.lead"}) {
            kuzet.tx().run(em -> kuzet.audit().event(em, actor, "test.event", Map.of("by", actor)));
        }
        kuzet.tx().run(em -> kuzet.audit().change(em, "demo.lead", "record.update", "incident_record", 7L, 7L,
                Map.of("severity", "low"), Map.of("severity", "high")));
        background = Executors.newSingleThreadExecutor();
        ResourceBundle bundle = ResourceBundle.getBundle("kz.kuzet.i18n.security", Locale.ENGLISH);
        AuditViewModel viewModel = new AuditViewModel(kuzet.auditQueries(), Actor.system("test-auditor"),
                background, bundle);
        stage.setScene(new Scene(AuditView.load(viewModel, bundle), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    @Test
    void filteringByUserShowsOnlyThatUsersEntries(FxRobot robot) throws Exception {
        TableView<AuditRow> table = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 6);

        robot.clickOn("#userFilter").write("demo.lead");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(AuditRow::actor).containsOnly("demo.lead");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("3 entries shown");

        robot.clickOn("#recordFilter").write("seven");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText())
                .isEqualTo("Filter not applied: 'seven' is not a record number");
        assertThat(table.getItems()).hasSize(3);
    }
}
