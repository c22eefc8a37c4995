package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.DetectionGroup;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.ui.console.ConsoleWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class TriageScreenTest extends ConsoleFxTest {

    @Test
    void keyboardTriageClassifiesOneThenSeveralSelectedGroups(FxRobot robot) {
        fixture.detection("1001", T0.minus(Duration.ofMinutes(9)));
        fixture.detection("1002", T0.minus(Duration.ofMinutes(6)));
        fixture.detection("1003", T0.minus(Duration.ofMinutes(3)), fixture.otherObjectId, true);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        TableView<DetectionGroup> table = window.view().detectionsView().table();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems().get(0).signatureId()).isEqualTo("1001");
        snapshot(robot, stage.getScene(), "detections-before");

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.I);
        settle();

        List<RecordSummary> records = kuzet.records().list(SYSTEM, false);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).kind()).isEqualTo(RecordKind.INCIDENT);
        assertThat(records.get(0).assignee()).isEqualTo("analyst1");
        assertThat(table.getItems()).extracting(DetectionGroup::signatureId).containsExactly("1002", "1003");

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(2);
        robot.type(KeyCode.F);
        settle();

        assertThat(table.getItems()).isEmpty();
        List<RecordSummary> all = kuzet.records().list(SYSTEM, false);
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(r -> r.kind() == RecordKind.FALSE_POSITIVE).hasSize(2)
                .allSatisfy(r -> assertThat(r.status().isOpen()).isFalse());
        assertThat(window.detections().noteProperty().get().key()).isEqualTo("triage.done");
    }

    @Test
    void aChangeMadeAtAnotherWorkstationAppearsThroughTheChangeFeed(FxRobot robot) throws Exception {
        VersionedId d = fixture.detection("3001", T0.minus(Duration.ofMinutes(2)));
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        assertThat(window.detections().groups()).hasSize(1);
        assertThat(window.records().all()).isEmpty();
        try (kz.kuzet.app.Kuzet other = kz.kuzet.app.Kuzet.open(kuzet.database().settings(), clock)) {
            other.triage().classify(lead("analyst2"), List.of(d), RecordKind.INCIDENT);
        }
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.records().all().size() == 1 && window.detections().groups().isEmpty());
        assertThat(window.records().all().get(0).assignee()).isEqualTo("analyst2");

        fixture.detection("3002", T0);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.detections().groups().size() == 1);
    }

    @Test
    void mergeFromTheKeyboardKeepsTheEarliestDetectionsClock(FxRobot robot) {
        VersionedId first = fixture.detection("2001", T0.minus(Duration.ofMinutes(5)));
        long recordId = kuzet.triage().classify(lead("analyst2"), List.of(first), RecordKind.EVENT).get(0);
        fixture.detection("2002", T0.minus(Duration.ofMinutes(20)));
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        TableView<DetectionGroup> table = window.view().detectionsView().table();
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.M);
        TextField field = robot.lookup("#mergeField").queryAs(TextField.class);
        assertThat(field.isVisible()).isTrue();
        robot.write(Long.toString(recordId)).type(KeyCode.ENTER);
        settle();

        assertThat(table.getItems()).isEmpty();
        RecordDetail detail = kuzet.queues().detail(SYSTEM, recordId);
        assertThat(detail.detections()).hasSize(2);
        assertThat(detail.summary().facts().detected()).isEqualTo(T0.minus(Duration.ofMinutes(20)));
        assertThat(window.detections().noteProperty().get().key()).isEqualTo("triage.merged");
    }
}
