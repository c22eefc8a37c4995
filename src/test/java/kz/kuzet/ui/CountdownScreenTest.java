package kz.kuzet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import kz.kuzet.clock.ClockName;
import kz.kuzet.incident.DetectionGroup;
import kz.kuzet.ui.clocks.ClockAlarms;
import kz.kuzet.ui.clocks.ClockStyle;
import kz.kuzet.ui.console.ConsoleWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class CountdownScreenTest extends ConsoleFxTest {

    @Test
    void theSbNoticeCountdownTurnsAmberRedThenOverdueAndRingsAsTheControlledClockMoves(FxRobot robot) {
        fixture.detection("5001", T0);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        TableView<DetectionGroup> table = window.view().detectionsView().table();

        assertThat(sbCell(robot, table).getText()).isEqualTo("30:00 left");
        assertThat(sbCell(robot, table).getStyleClass()).contains(ClockStyle.NORMAL);

        tickAt(robot, Duration.ofMinutes(16));
        assertThat(sbCell(robot, table).getText()).isEqualTo("14:00 left");
        assertThat(sbCell(robot, table).getStyleClass()).contains(ClockStyle.AMBER).doesNotContain(ClockStyle.NORMAL);
        assertThat(window.console().alarmsRaised()).isEmpty();

        tickAt(robot, Duration.ofMinutes(25).plusSeconds(1));
        assertThat(sbCell(robot, table).getStyleClass()).contains(ClockStyle.RED);
        assertThat(window.console().alarmsRaised()).extracting(ClockAlarms.Alarm::clock, ClockAlarms.Alarm::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ClockName.SB_NOTICE,
                        ClockAlarms.Stage.LAST_MINUTES));
        snapshot(robot, stage.getScene(), "detections-red");

        tickAt(robot, Duration.ofMinutes(31));
        assertThat(sbCell(robot, table).getText()).isEqualTo("overdue 01:00");
        assertThat(sbCell(robot, table).getStyleClass()).contains(ClockStyle.OVERDUE);
        assertThat(window.console().alarmsRaised()).extracting(ClockAlarms.Alarm::stage)
                .containsExactly(ClockAlarms.Stage.LAST_MINUTES, ClockAlarms.Stage.MISSED);
        assertThat(robot.lookup("#alarmLabel").queryLabeled().getText()).contains("SB notice: deadline MISSED");
        snapshot(robot, stage.getScene(), "detections-overdue");
    }

    private void tickAt(FxRobot robot, Duration sinceT0) {
        clock.set(T0.plus(sinceT0));
        robot.interact(() -> sessions.get(0).tick());
    }

    @SuppressWarnings("rawtypes")
    private static TableCell sbCell(FxRobot robot, TableView<DetectionGroup> table) {
        List<TableCell> cells = robot.from(table).lookup(".clock-cell").queryAllAs(TableCell.class)
                .stream()
                .filter(c -> c.getIndex() == 0 && !c.isEmpty() && c.getTableColumn().getText().equals("SB notice"))
                .toList();
        assertThat(cells).hasSize(1);
        return cells.get(0);
    }
}
