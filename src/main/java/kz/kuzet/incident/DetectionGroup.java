package kz.kuzet.incident;

import java.time.Instant;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;

/**
 * New detections of one signature on one object of one state body, as the queue saw them: how many, the
 * earliest and latest, the newest id. Its notice clocks run from the earliest one, as they will for the record
 * it becomes.
 */
public record DetectionGroup(long bodyId, String bodyCode, String bodyNameKk, String bodyNameRu, Long objectId,
        String hostName, String signatureKey, String signatureName, Severity severity, Instant earliest,
        Instant latest, int count, long firstId, long maxId) {

    /** The group as seen, for triage: the service refuses it if some of these were triaged meanwhile. */
    public GroupRef ref() {
        return new GroupRef(bodyId, objectId, signatureKey, count, maxId);
    }

    public String signatureId() {
        return signatureKey;
    }

    /** The facts the sb_notice and knb_notice clocks read (as for a CS event: both notices apply). */
    public ClockFacts facts() {
        return ClockFacts.detected(RecordKind.EVENT, earliest);
    }

    /** A group of new detections as the analyst saw it. */
    public record GroupRef(long bodyId, Long objectId, String signatureKey, int count, long maxId) {
    }
}
