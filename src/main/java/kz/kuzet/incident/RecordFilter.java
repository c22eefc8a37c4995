package kz.kuzet.incident;

import java.time.Instant;
import java.util.Locale;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RegulationClocks;

/**
 * A filter of the records queue; null fields match everything. {@code clockState} is the state of the headline
 * clock (RUNNING or OVERDUE), or NOT_APPLICABLE for records with no open clock. {@code text} searches the
 * number, title, state body and assignee.
 */
public record RecordFilter(String bodyCode, Severity severity, Category category, String assignee,
        RecordStatus status, ClockState clockState, String text) {

    public static final RecordFilter OPEN = new RecordFilter(null, null, null, null, null, null, null);

    public boolean includesClosed() {
        return status == RecordStatus.CLOSED;
    }

    public boolean matches(RecordSummary r, Instant now) {
        if (status == null ? !r.status().isOpen() : r.status() != status) {
            return false;
        }
        if (bodyCode != null && !bodyCode.equals(r.bodyCode())) {
            return false;
        }
        if (severity != null && severity != r.severity()) {
            return false;
        }
        if (category != null && category != r.category()) {
            return false;
        }
        if (assignee != null && !assignee.equalsIgnoreCase(r.assignee() == null ? "" : r.assignee())) {
            return false;
        }
        if (clockState != null && clockState != headlineState(r, now)) {
            return false;
        }
        return text == null || text.isBlank() || matchesText(r, text.strip().toLowerCase(Locale.ROOT));
    }

    static ClockState headlineState(RecordSummary r, Instant now) {
        return RegulationClocks.evaluate(r.facts(), now).headline().map(ClockStatus::state)
                .orElse(ClockState.NOT_APPLICABLE);
    }

    private static boolean matchesText(RecordSummary r, String needle) {
        String digits = needle.startsWith("#") ? needle.substring(1) : needle;
        if (Long.toString(r.id()).equals(digits)) {
            return true;
        }
        return contains(r.title(), needle) || contains(r.bodyCode(), needle) || contains(r.bodyNameKk(), needle)
                || contains(r.bodyNameRu(), needle) || contains(r.assignee(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
