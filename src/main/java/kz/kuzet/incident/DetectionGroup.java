package kz.kuzet.incident;

import java.time.Instant;
import java.util.List;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;

/**
 * New detections of one signature on one object of one state body. Its notice clocks run from the earliest one,
 * as they will for the record it becomes.
 */
public record DetectionGroup(String key, long bodyId, String bodyCode, String bodyNameKk, String bodyNameRu,
        Long objectId, String hostName, String signatureId, String signatureName, Severity severity,
        Instant earliest, Instant latest, List<DetectionLine> members) {

    public DetectionGroup {
        members = List.copyOf(members);
    }

    public int count() {
        return members.size();
    }

    public List<VersionedId> refs() {
        return members.stream().map(DetectionLine::ref).toList();
    }

    /** The facts the sb_notice and knb_notice clocks read (as for a CS event: both notices apply). */
    public ClockFacts facts() {
        return ClockFacts.detected(RecordKind.EVENT, earliest);
    }
}
