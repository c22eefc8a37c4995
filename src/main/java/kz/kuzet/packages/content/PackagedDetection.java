package kz.kuzet.packages.content;

import java.time.Instant;

/** One detection linked to the record, every column the database keeps, with its raw text. */
public record PackagedDetection(long originId, String dedupKey, String sourceFormat, String sourceProduct,
        String signatureId, String signatureName, String severity, String originalSeverity, String category,
        String srcIp, Integer srcPort, String dstIp, Integer dstPort, String hostName, String userName,
        String mitreTechniques, Instant detectedAt, Instant firstSeen, Instant lastSeen, int occurrenceCount,
        Instant ingestedAt, String objectHostName, String objectIpAddress, String rawText) {
}
