package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.record.RecordModel;
import kz.kuzet.ui.record.RecordView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class RecordScreenTest extends ConsoleFxTest {

    @Test
    void theSecondAnalystIsToldSeesTheOtherChangeAndKeepsTheirText(FxRobot robot) {
        long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("3001", T0.minusSeconds(90))),
                RecordKind.INCIDENT).get(0);
        ConsoleModel alice = session("alice", "en");
        ConsoleModel bob = session("bob", "en");
        RecordModel aliceRecord = new RecordModel(alice, id);
        RecordModel bobRecord = new RecordModel(bob, id);
        aliceRecord.load();
        bobRecord.load();
        settle();
        RecordView[] views = new RecordView[2];
        Stage[] bobStage = new Stage[1];
        stage();
        robot.interact(() -> {
            views[0] = new RecordView(aliceRecord, alice.bundle(), null);
            views[1] = new RecordView(bobRecord, bob.bundle(), null);
            stage.setScene(scene(views[0]));
            stage.show();
            bobStage[0] = new Stage();
            bobStage[0].setScene(scene(views[1]));
            bobStage[0].show();
        });
        settle();

        robot.interact(() -> {
            stage.toFront();
            aliceRecord.recommendationDraft().set("Isolate host MF-WS-0001");
            ((javafx.scene.control.TabPane) views[0].root().lookup("#actionTabs")).getSelectionModel().select(1);
        });
        robot.clickOn(robot.from(views[0].root()).lookup("#recommendationButton").queryAs(Button.class));
        settle();
        assertThat(aliceRecord.noteProperty().get().key()).isEqualTo("record.done.recommendation");

        robot.interact(() -> bobStage[0].toFront());
        type(robot, views[1], "#recommendationArea", "Block it");
        robot.clickOn(robot.from(views[1].root()).lookup("#recommendationButton").queryAs(Button.class));
        settle();
        snapshot(robot, bobStage[0].getScene(), "record-conflict");

        Label banner = robot.from(views[1].root()).lookup("#conflictLabel").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("Another analyst changed this record").contains("alice")
                .contains("Isolate host MF-WS-0001");
        TextArea bobText = robot.from(views[1].root()).lookup("#recommendationArea").queryAs(TextArea.class);
        assertThat(bobText.getText()).isEqualTo("Block it");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> bobTimeline = robot.from(views[1].root()).lookup("#timelineList")
                .queryAs(ListView.class);
        assertThat(bobTimeline.getItems()).extracting(TimelineEntry::text).contains("Isolate host MF-WS-0001");
        assertThat(kuzet.queues().timeline(SYSTEM, id)).filteredOn(e -> e.type().equals("recommendation")).hasSize(1);

        robot.clickOn(robot.from(views[1].root()).lookup("#recommendationButton").queryAs(Button.class));
        settle();
        assertThat(banner.isVisible()).isFalse();
        assertThat(kuzet.queues().timeline(SYSTEM, id)).filteredOn(e -> e.type().equals("recommendation"))
                .extracting(TimelineEntry::actor).containsExactly("alice", "bob");
        robot.interact(() -> bobStage[0].close());
    }

    @Test
    void theLanguageSwitchesAtRunTimeAndKeepsWhatWasTyped(FxRobot robot) {
        long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("4001", T0.minusSeconds(90))),
                RecordKind.EVENT).get(0);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        robot.interact(() -> window.openRecord(id));
        settle();
        type(robot, window.view().recordView(), "#recommendationArea", "Draft");
        assertThat(robot.lookup("#navDetections").queryAs(ToggleButton.class).getText()).isEqualTo("New detections");

        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#languageBox").queryAs(ComboBox.class);
        robot.clickOn(language);
        robot.clickOn("Русский");
        settle();
        snapshot(robot, stage.getScene(), "record-ru");

        assertThat(robot.lookup("#navDetections").queryAs(ToggleButton.class).getText())
                .isEqualTo("Новые срабатывания");
        assertThat(robot.lookup("#recordButton").tryQuery()).isEmpty();
        Node recordRoot = window.view().recordView().root();
        assertThat(robot.from(recordRoot).lookup("#recommendationArea").queryAs(TextArea.class).getText())
                .isEqualTo("Draft");
        assertThat(robot.from(recordRoot).lookup("#recommendationButton").queryAs(Button.class).getText())
                .isEqualTo("Добавить рекомендацию (R-10.3.h)");
        assertThat(stage.getScene().getRoot().lookup("#connectionLabel")).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).startsWith("База данных подключена"));

        robot.interact(() -> window.console().setLanguage("kk"));
        settle();
        assertThat(robot.lookup("#navRecords").queryAs(ToggleButton.class).getText()).isEqualTo("Жазбалар");
        assertThat(robot.lookup("#navRegistry").queryAs(ToggleButton.class).getText()).isEqualTo("Тізілім");
    }

    private static Scene scene(RecordView view) {
        Scene scene = new Scene(view.root(), 1200, 760);
        scene.getStylesheets().add(RecordScreenTest.class.getResource("/fxml/kuzet.css").toExternalForm());
        return scene;
    }

    private static void type(FxRobot robot, RecordView view, String query, String text) {
        TextArea area = robot.from(view.root()).lookup(query).queryAs(TextArea.class);
        javafx.scene.control.TabPane tabs = robot.from(view.root()).lookup("#actionTabs")
                .queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> {
            area.getScene().getWindow().requestFocus();
            tabs.getTabs().stream().filter(t -> t.getContent().lookup(query) == area).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        robot.clickOn(area);
        robot.write(text);
    }
}
