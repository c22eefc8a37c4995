package kz.kuzet.security;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));
    static final String FAILURES_SETTING = "security.lockout.max_failures";
    static final String MINUTES_SETTING = "security.lockout.minutes";

    public LockoutPolicy {
        if (maxFailures < 1 || maxFailures > 100) {
            throw new IllegalArgumentException("The lock-out needs 1 to 100 failed log-ins, not " + maxFailures);
        }
        if (lockDuration.isNegative() || lockDuration.isZero() || lockDuration.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("The lock-out lasts between 1 minute and 7 days, not " + lockDuration);
        }
    }
}
