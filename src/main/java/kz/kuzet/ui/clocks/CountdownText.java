package kz.kuzet.ui.clocks;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.clock.ClockStatus;

/** "12:04 left" while running, "overdue 1:02:10" once due has passed, the state's name otherwise. */
public final class CountdownText {
    private CountdownText() {
    }

    public static String of(ClockStatus status, ResourceBundle bundle) {
        if (!status.state().isOpen()) {
            return bundle.getString("clockstate." + status.state().name().toLowerCase(Locale.ROOT));
        }
        long seconds = status.remainingSeconds();
        long abs = Math.abs(seconds);
        String span = abs >= 86_400
                ? MessageFormat.format(bundle.getString("clock.days"), abs / 86_400, hms(abs % 86_400))
                : hms(abs);
        return MessageFormat.format(bundle.getString(seconds < 0 ? "clock.overdue" : "clock.left"), span);
    }

    public static String hms(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
