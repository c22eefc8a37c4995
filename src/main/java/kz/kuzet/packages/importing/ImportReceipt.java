package kz.kuzet.packages.importing;

/**
 * What an import did. {@code added} is false when the package's record was already imported (nothing added);
 * {@code recordId} is then the record the earlier import created, and {@code earlier} says from which package
 * (null when added).
 */
public record ImportReceipt(boolean added, long recordId, String recordKey, String signer, int detections,
        int notices, int recommendations, int measures, int dispatches, int reports, int auditEntries,
        EarlierImport earlier) {
}
