package kz.kuzet.packages.importing;

/**
 * What an import did. {@code added} is false when the package's record was already imported (nothing added);
 * {@code recordId} is then the record the earlier import created, and {@code earlier} says from which package
 * (null when added). {@code auditEntries} are the signer's own audit entries, {@code relayedAuditEntries} those it
 * had imported itself from earlier packages (kept with their true origin).
 */
public record ImportReceipt(boolean added, long recordId, String recordKey, String signer, int detections,
        int notices, int recommendations, int measures, int dispatches, int reports, int auditEntries,
        int relayedAuditEntries, EarlierImport earlier) {
}
