package kz.kuzet.ui.clocks;

import java.util.List;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.ClockStatus;

/** The colour of a countdown by the share of its span left: normal, amber under 50 %, red under 20 %, overdue. */
public final class ClockStyle {

    public static final String NORMAL = "clock-normal";
    public static final String AMBER = "clock-amber";
    public static final String RED = "clock-red";
    public static final String OVERDUE = "clock-overdue";
    public static final String DONE = "clock-done";
    public static final List<String> ALL = List.of(NORMAL, AMBER, RED, OVERDUE, DONE);

    private ClockStyle() {
    }

    public static String of(ClockStatus status) {
        if (status.state() == ClockState.OVERDUE) {
            return OVERDUE;
        }
        if (!status.state().isOpen()) {
            return DONE;
        }
        Double left = status.fractionLeft();
        if (left == null || left >= 0.5) {
            return NORMAL;
        }
        return left < 0.2 ? RED : AMBER;
    }
}
