package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.ui.console.ConsoleWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Every action button of the record view, pressed on the real screen, reaches the database and the timeline. */
class RecordActionsScreenTest extends ConsoleFxTest {

    private FxRobot robot;
    private Node root;
    private ConsoleWindow window;

    @Test
    void everyResponseActionWorksFromTheRecordView(FxRobot fx) {
        robot = fx;
        long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("7001", T0.minusSeconds(300))),
                RecordKind.EVENT).get(0);
        kuzet.notices().settings().put(SYSTEM, "notice.signer.name", "Ахметов Б.");
        kuzet.notices().settings().put(SYSTEM, "notice.signer.position", "Директор НКЦ");
        window = openConsole(robot, "analyst1", "en");
        robot.interact(() -> window.openRecord(id));
        settle();
        root = window.view().recordView().root();

        choose("#kindBox", RecordKind.INCIDENT);
        choose("#severityBox", Severity.CRITICAL);
        choose("#categoryBox", Category.UNAUTHORISED_ACCESS);
        press("#gradeButton");
        fill("#assigneeField", "analyst7");
        press("#assignButton");
        tab(0);
        fill("#analysisArea", "Port scan from 185.1.1.1 then a login");
        press("#analysisButton");
        tab(1);
        fill("#recommendationArea", "Isolate the host");
        press("#recommendationButton");
        tab(2);
        robot.interact(() -> lookup("#sensorBox", ComboBox.class).getSelectionModel().select(0));
        fill("#measureArea", "Blocked 185.1.1.1 on the NGFW");
        press("#measureButton");
        tab(3);
        choose("#deciderBox", DispatchDecider.KNB);
        fill("#employeeField", "Serikbayev N.");
        fill("#dispatchNotesArea", "on site at 14:00");
        press("#dispatchButton");
        tab(5);
        choose("#noticeKindBox", NoticeKind.SB);
        fill("#recipientField", "soc@minfin.gov.kz");
        fill("#referenceField", "MSG-1");
        press("#noticeButton");
        choose("#noticeKindBox", NoticeKind.KNB);
        choose("#channelBox", kz.kuzet.notice.DeliveryChannel.E_DOCUMENT);
        fill("#referenceField", "ED-2026-77");
        press("#sendNoticeButton");
        tab(4);
        fill("#reportAnalysisArea", "Cause found");
        fill("#reportMeasuresArea", "Host reinstalled");
        press("#reportButton");
        press("#eliminatedButton");
        press("#escalateButton");
        press("#closeButton");
        assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().status()).isEqualTo(RecordStatus.CLOSED);
        press("#reopenButton");
        snapshot(robot, stage.getScene(), "record-actions");

        RecordDetail d = kuzet.queues().detail(SYSTEM, id);
        assertThat(d.timeline()).filteredOn(e -> e.type().equals("notice")).extracting(TimelineEntry::text)
                .anySatisfy(t -> assertThat(t).startsWith("KNB").contains("E_DOCUMENT").contains("№"));
        assertThat(d.summary().kind()).isEqualTo(RecordKind.INCIDENT);
        assertThat(d.summary().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(d.summary().category()).isEqualTo(Category.UNAUTHORISED_ACCESS);
        assertThat(d.summary().assignee()).isEqualTo("analyst7");
        assertThat(d.summary().status()).isEqualTo(RecordStatus.ESCALATED);
        assertThat(d.initialAnalysis()).isEqualTo("Port scan from 185.1.1.1 then a login");
        assertThat(d.timeline()).extracting(TimelineEntry::type).contains("recommendation", "measure", "dispatch",
                "notice", "report", "audit:record.grade", "audit:record.assign", "audit:record.eliminated",
                "audit:record.close", "audit:record.reopen");
        assertThat(d.timeline()).filteredOn(e -> e.type().equals("dispatch")).extracting(TimelineEntry::actor)
                .containsExactly("KNB");
        var board = RegulationClocks.evaluate(d.summary().facts(), clock.instant());
        assertThat(board.get(ClockName.SB_NOTICE).state()).isEqualTo(ClockState.MET);
        assertThat(board.get(ClockName.KNB_NOTICE).state()).isEqualTo(ClockState.MET);
        assertThat(board.get(ClockName.SB_REPORT).state()).isEqualTo(ClockState.MET);
        assertThat(board.get(ClockName.ESCALATION).state()).isEqualTo(ClockState.MET);
        assertThat(lookup("#recommendationArea", TextInputControl.class).getText()).isEmpty();
        assertThat(window.openRecord().noteProperty().get().key()).isEqualTo("record.done.reopen");
    }

    private <T extends Node> T lookup(String id, Class<T> type) {
        return robot.from(root).lookup(id).queryAs(type);
    }

    private void tab(int index) {
        robot.interact(() -> lookup("#actionTabs", TabPane.class).getSelectionModel().select(index));
    }

    private void fill(String id, String text) {
        robot.interact(() -> lookup(id, TextInputControl.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        robot.interact(() -> lookup(id, ComboBox.class).setValue(value));
    }

    private void press(String id) {
        robot.clickOn(lookup(id, Node.class));
        settle();
        kz.kuzet.ui.console.Note note = window.openRecord().noteProperty().get();
        assertThat(note).as("after pressing " + id).isNotNull();
        assertThat(note.kind()).as(id + ": " + note.key() + " " + java.util.Arrays.toString(note.args()))
                .isEqualTo(kz.kuzet.ui.console.Note.Kind.INFO);
    }
}
