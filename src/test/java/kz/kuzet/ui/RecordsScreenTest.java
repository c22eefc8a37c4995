package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.console.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class RecordsScreenTest extends ConsoleFxTest {

    @TempDir
    Path folder;

    @Test
    void filtersSearchSavedViewsAssignExportAndOpenFromTheRecordsQueue(FxRobot robot) throws Exception {
        long a = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("8001", T0.minus(Duration.ofMinutes(20)))),
                RecordKind.INCIDENT).get(0);
        long b = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("8002", T0.minus(Duration.ofMinutes(5)),
                fixture.otherObjectId, true)), RecordKind.EVENT).get(0);
        kuzet.triage().grade(lead("lead"), new VersionedId(b, kuzet.records().find(SYSTEM, b).orElseThrow().version()),
                Severity.CRITICAL, Category.PHISHING);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        settle();
        TableView<RecordSummary> table = window.view().recordsView().table();
        assertThat(table.getItems()).extracting(RecordSummary::id).containsExactly(a, b);

        robot.clickOn("#searchField").write("Signature 8002");
        assertThat(table.getItems()).extracting(RecordSummary::id).containsExactly(b);
        robot.clickOn("#viewNameField").write("phishing");
        robot.clickOn(robot.lookup("Save view").queryAs(Node.class));
        settle();
        robot.clickOn(robot.lookup("Clear filters").queryAs(Node.class));
        assertThat(table.getItems()).hasSize(2);
        choose(robot, "#severityBox", "CRITICAL");
        assertThat(table.getItems()).extracting(RecordSummary::id).containsExactly(b);
        choose(robot, "#severityBox", "*");
        choose(robot, "#bodyBox", "MF");
        assertThat(table.getItems()).extracting(RecordSummary::id).containsExactly(a);
        robot.clickOn(robot.lookup("Clear filters").queryAs(Node.class));
        assertThat(kuzet.savedViews().list("analyst1")).containsKey("phishing");
        choose(robot, "#viewsBox", "phishing");
        assertThat(table.getItems()).extracting(RecordSummary::id).containsExactly(b);

        Path csv = folder.resolve("records.csv");
        robot.interact(() -> window.records().exportCsv(csv));
        settle();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(b + ",MZ ");

        robot.clickOn(robot.lookup("Clear filters").queryAs(Node.class));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectAll();
        });
        robot.type(KeyCode.A).write("analyst9").type(KeyCode.ENTER);
        settle();
        assertThat(kuzet.records().list(SYSTEM, true)).extracting(RecordSummary::assignee).containsOnly("analyst9");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(window.screenProperty().get()).isEqualTo(Screen.RECORD);
        assertThat(window.openRecord().recordId()).isEqualTo(table.getItems().get(0).id());
        robot.type(KeyCode.ESCAPE);
        assertThat(window.screenProperty().get()).isEqualTo(Screen.RECORDS);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String value) {
        ComboBox<String> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }
}
