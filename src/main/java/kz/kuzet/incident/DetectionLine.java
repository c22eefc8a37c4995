package kz.kuzet.incident;

import java.time.Instant;

/** A detection as the queues list it: light columns only, the raw text stays in the database. */
public record DetectionLine(long id, long version, Long bodyId, String bodyCode, String bodyNameKk, String bodyNameRu,
        Long objectId, String hostName, String signatureId, String signatureName, Severity severity,
        Instant detectedAt, String srcIp, String dstIp, String sourceProduct) {

    public VersionedId ref() {
        return new VersionedId(id, version);
    }
}
