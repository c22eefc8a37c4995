package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.record.RecordModel;
import kz.kuzet.ui.record.RecordView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The record view offers "Export package…" (offline packages) beside the record's actions, in each language. */
class RecordExportButtonScreenTest extends ConsoleFxTest {

    @Test
    void theRecordViewOffersToExportAPackage(FxRobot robot) {
        long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("4001", T0.minusSeconds(60))),
                RecordKind.INCIDENT).get(0);
        ConsoleModel kk = session("alice", "kk");
        RecordModel record = new RecordModel(kk, id);
        record.load();
        settle();
        RecordView[] view = new RecordView[1];
        stage();
        robot.interact(() -> {
            view[0] = new RecordView(record, kk.bundle(), null);
            Scene scene = new Scene(view[0].root(), 1200, 760);
            scene.getStylesheets().add(getClass().getResource("/fxml/kuzet.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        settle();
        snapshot(robot, stage.getScene(), "record-export-package");
        Button export = robot.from(view[0].root()).lookup("#exportPackageButton").queryAs(Button.class);
        assertThat(export.getText()).isEqualTo("Пакетті экспорттау…");
        assertThat(export.isVisible()).isTrue();
        assertThat(export.isDisabled()).isFalse();
    }
}
