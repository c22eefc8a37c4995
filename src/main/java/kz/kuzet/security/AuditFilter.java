package kz.kuzet.security;

import java.time.Instant;

/**
 * Which audit entries to list; every part is optional. {@code action} matches the action itself or any under
 * it ("login" matches "login.ok" and "login.failed"). {@code until} is exclusive.
 */
public record AuditFilter(String user, Long recordId, String action, Instant since, Instant until, int limit) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, DEFAULT_LIMIT);

    public AuditFilter {
        user = blankToNull(user);
        action = blankToNull(action);
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        }
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("'since' (" + since + ") must be before 'until' (" + until + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
