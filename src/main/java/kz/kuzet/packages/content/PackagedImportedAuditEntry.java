package kz.kuzet.packages.content;

import java.time.Instant;

/**
 * An audit entry the exporting database did not make but imported with the record from an earlier package
 * ({@code audit-imported.json}): the entry as its origin's chain holds it, and where it really came from. It is
 * not in the exporting database's chain.
 */
public record PackagedImportedAuditEntry(PackagedAuditEntry entry, Origin origin) {

    /**
     * The package that first brought the entry out of its origin database: its id and record key, the signer as
     * the importing database's trust list named it, the key's fingerprint, who exported it and when, who imported
     * it and when.
     */
    public record Origin(String packageId, String recordKey, String signer, String signerFingerprint,
            String exportedBy, Instant exportedAt, String importedBy, Instant importedAt) {
    }
}
