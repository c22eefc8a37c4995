package kz.kuzet.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock of one record as of an instant.
 *
 * @param start     when the clock started; null while pending or not applicable
 * @param due       the deadline; null while pending or not applicable
 * @param remaining due minus the evaluation instant while the clock is open (negative when overdue), else null
 */
public record ClockStatus(ClockName name, Instant start, Instant due, ClockState state, Duration remaining) {

    /** Whole seconds left, rounded towards the past (−1 one nanosecond after due), or null when not open. */
    public Long remainingSeconds() {
        if (remaining == null) {
            return null;
        }
        return Math.floorDiv(remaining.toNanos(), 1_000_000_000L);
    }

    /** Share of the clock's span still left, 1.0 at start, 0 at due, negative when overdue; null if not open. */
    public Double fractionLeft() {
        if (remaining == null || start == null || due == null) {
            return null;
        }
        long span = Duration.between(start, due).toMillis();
        return span <= 0 ? 0.0 : (double) remaining.toMillis() / span;
    }
}
