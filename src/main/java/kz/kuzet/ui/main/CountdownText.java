package kz.kuzet.ui.main;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import kz.kuzet.clock.ClockStatus;

/** "12:04 left" while running, "overdue 1:02:10" once the due instant has passed. */
final class CountdownText {
    private CountdownText() {
    }

    static String of(ClockStatus status, ResourceBundle bundle) {
        long seconds = status.remainingSeconds();
        String span = hms(Math.abs(seconds));
        return MessageFormat.format(bundle.getString(seconds < 0 ? "clock.overdue" : "clock.left"), span);
    }

    static String hms(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
