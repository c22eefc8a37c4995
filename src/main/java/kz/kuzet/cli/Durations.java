package kz.kuzet.cli;

import java.time.Duration;

/** Short human forms of a remaining time: "29m 59s", "-1h 02m" when overdue. */
final class Durations {
    private Durations() {
    }

    static String compact(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.floorDiv(d.toNanos(), 1_000_000_000L);
        String sign = s < 0 ? "-" : "";
        s = Math.abs(s);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%s%dh %02dm", sign, h, m) : String.format("%s%dm %02ds", sign, m, sec);
    }
}
