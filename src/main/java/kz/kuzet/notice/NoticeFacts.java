package kz.kuzet.notice;

import java.time.Instant;
import java.util.List;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.Severity;

/** Everything a notice says about one record, read in one transaction; plain values, no entities. */
public record NoticeFacts(
        long recordId,
        RecordKind kind,
        String title,
        Category category,
        Severity severity,
        String initialAnalysis,
        Body body,
        List<AffectedObject> objects,
        List<Dated> recommendations,
        List<Dated> measures,
        List<Dated> dispatches,
        List<BodyReport> reports,
        List<SentNotice> notices,
        ClockFacts clocks) {

    public record Body(String code, String nameKk, String nameRu, String contactName, String contactPosition,
            String contactEmail) {
        public String name(String language) {
            return "ru".equals(language) ? nameRu : nameKk;
        }
    }

    public record AffectedObject(String department, String location, String host, String ip) {
    }

    /** Something done at an instant: a recommendation, a containment measure, an on-site dispatch. */
    public record Dated(Instant at, String text) {
    }

    public record BodyReport(Instant receivedAt, String analysis, String measures, boolean causesEliminated) {
    }

    public record SentNotice(NoticeKind kind, String registrationNumber, String recipient, Instant sentAt,
            DeliveryChannel channel) {
    }

    public Instant detectedAt() {
        return clocks.detected();
    }
}
