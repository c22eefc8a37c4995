package kz.kuzet.incident;

import java.time.Instant;
import java.util.List;

/** Everything the record view shows of one record. */
public record RecordDetail(RecordSummary summary, String initialAnalysis, Instant createdAt, Instant closedAt,
        List<ObjectInfo> objects, List<LinkedDetection> detections, List<SensorChoice> sensors,
        List<TimelineEntry> timeline) {

    /** An affected object with its annex data. */
    public record ObjectInfo(long id, String hostName, String ipAddress, String department, String location,
            String responsiblePerson, String operatingSystem, String contour) {
    }

    /** A linked detection with its raw text. */
    public record LinkedDetection(long id, Instant detectedAt, String signatureName, String sourceProduct,
            String srcIp, String dstIp, String hostName, String rawText) {
    }

    /** A sensor of the record's state body, through which a containment measure can be taken. */
    public record SensorChoice(long id, String label) {
    }
}
