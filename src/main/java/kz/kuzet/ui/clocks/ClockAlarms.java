package kz.kuzet.ui.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RegulationClocks;

/**
 * Finds the moments a clock enters its last five minutes or is missed, without evaluating every row each second:
 * when the data changes it computes each open clock's two alarm instants once; each tick takes those that have
 * come. Alarms are raised only for crossings after the data was loaded, so a start-up does not ring for
 * everything already late.
 */
public final class ClockAlarms {

    public static final Duration WARNING = Duration.ofMinutes(5);

    /** Which crossing: entering the last five minutes, or passing due. */
    public enum Stage { LAST_MINUTES, MISSED }

    /** One alarm: what rang, for which row. */
    public record Alarm(String rowLabel, ClockName clock, Stage stage, Instant due) {
    }

    /** A row's label and clock facts, with the clocks to watch. */
    public record Watched(String rowLabel, ClockFacts facts, List<ClockName> clocks) {
    }

    private TreeMap<Instant, List<Alarm>> pending = new TreeMap<>();
    private Instant lastTick;

    /** Replaces the watched rows (after a refresh). */
    public void watch(List<Watched> rows, Instant now) {
        TreeMap<Instant, List<Alarm>> next = new TreeMap<>();
        for (Watched w : rows) {
            ClockBoard board = RegulationClocks.evaluate(w.facts(), now);
            for (ClockName name : w.clocks()) {
                ClockStatus s = board.get(name);
                if (!s.state().isOpen() || s.due() == null) {
                    continue;
                }
                Instant warn = s.due().minus(WARNING);
                Instant missed = s.due().plusNanos(1);
                if (warn.isAfter(now)) {
                    next.computeIfAbsent(warn, k -> new ArrayList<>())
                            .add(new Alarm(w.rowLabel(), name, Stage.LAST_MINUTES, s.due()));
                }
                if (missed.isAfter(now)) {
                    next.computeIfAbsent(missed, k -> new ArrayList<>())
                            .add(new Alarm(w.rowLabel(), name, Stage.MISSED, s.due()));
                }
            }
        }
        pending = next;
        if (lastTick == null || lastTick.isBefore(now)) {
            lastTick = now;
        }
    }

    /** The alarms whose instant came since the last tick. */
    public List<Alarm> tick(Instant now) {
        List<Alarm> due = new ArrayList<>();
        while (!pending.isEmpty() && !pending.firstKey().isAfter(now)) {
            Map.Entry<Instant, List<Alarm>> e = pending.pollFirstEntry();
            due.addAll(e.getValue());
        }
        lastTick = now;
        return due;
    }

    public int pendingCount() {
        return pending.values().stream().mapToInt(List::size).sum();
    }
}
