package kz.kuzet.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kuzet.clock.ClockName;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.Severity;

/**
 * The figures of one quarterly summary, computed from the data as of {@code asOf}. Records count in the quarter
 * of their detection (Astana time). {@code incidentList} holds every CS incident with its measures;
 * {@code eventMeasures} (STS→KNB only, R-13) the CS events that have measures recorded, with them.
 */
public record QuarterlySummary(
        Quarter quarter,
        SummaryKind kind,
        Instant asOf,
        long detections,
        long events,
        long incidents,
        long falsePositives,
        Map<Category, Long> byCategory,
        Map<Severity, Long> bySeverity,
        List<ClockLine> clocks,
        List<BodyLine> bodies,
        List<IncidentLine> incidentList,
        List<IncidentLine> eventMeasures,
        Optional<List<BodyRef>> missingAnnex) {

    /**
     * One clock over the quarter's records. {@code late} for the escalation clock: not eliminated in 48 hours, and
     * the escalation notice sent; {@code missed}: due passed and nothing done; {@code running}: not yet due.
     */
    public record ClockLine(ClockName clock, int met, int late, int missed, int running, Duration median) {
        public int total() {
            return met + late + missed + running;
        }

        public double share(int count) {
            return total() == 0 ? 0 : 100.0 * count / total();
        }
    }

    public record BodyLine(String code, String nameKk, String nameRu, int events, int incidents, int sbNoticeMet,
            int sbNoticeDue, Boolean annexSubmitted) {
    }

    public record IncidentLine(long id, String bodyCode, Instant detected, Category category, Severity severity,
            RecordStatus status, String title, List<Measure> measures) {
    }

    /** A measure against an incident or event: taken by STS through the sensors, or reported by the state body. */
    public record Measure(boolean byStateBody, String text) {
    }

    public record BodyRef(String code, String nameKk, String nameRu) {
    }

    /** Records the summary covers: events and incidents, incidents only. */
    public long records() {
        return kind == SummaryKind.KNB_AUTH ? incidents : events + incidents;
    }
}
