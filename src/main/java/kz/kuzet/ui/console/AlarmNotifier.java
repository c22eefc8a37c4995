package kz.kuzet.ui.console;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Window;
import javafx.util.Duration;
import kz.kuzet.ui.clocks.ClockAlarms;
import org.controlsfx.control.Notifications;

/** Rings an alarm: a desktop notification (ControlsFX) and a beep. */
public final class AlarmNotifier implements Consumer<List<ClockAlarms.Alarm>> {

    private final ConsoleWindow window;
    private final Window owner;

    public AlarmNotifier(ConsoleWindow window, Window owner) {
        this.window = window;
        this.owner = owner;
    }

    @Override
    public void accept(List<ClockAlarms.Alarm> rang) {
        ConsoleView view = window.view();
        if (view == null || rang.isEmpty()) {
            return;
        }
        ClockAlarms.Alarm alarm = rang.stream().filter(a -> a.stage() == ClockAlarms.Stage.MISSED).findFirst()
                .orElse(rang.get(0));
        String text = view.alarmText(alarm) + (rang.size() == 1 ? "" : "\n" + java.text.MessageFormat.format(
                window.console().bundle().getString("alarm.more"), rang.size() - 1));
        Notifications n = Notifications.create()
                .title(window.console().bundle().getString("alarm.title"))
                .text(text)
                .owner(owner)
                .hideAfter(Duration.seconds(12));
        if (alarm.stage() == ClockAlarms.Stage.MISSED) {
            n.showError();
        } else {
            n.showWarning();
        }
        beep();
    }

    private static void beep() {
        try {
            java.awt.Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException | Error e) {
            // no sound device (or headless): the notification alone must do
        }
    }
}
