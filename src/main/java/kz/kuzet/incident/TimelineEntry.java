package kz.kuzet.incident;

import java.time.Instant;

/**
 * One line of a record's timeline. {@code type} names what happened (detection, notice (sent), notice_made (not sent), recommendation, measure,
 * dispatch, report, or {@code audit:<action>} for a change from the audit trail); {@code actor} may be null.
 */
public record TimelineEntry(Instant at, String type, String actor, String text) {
}
