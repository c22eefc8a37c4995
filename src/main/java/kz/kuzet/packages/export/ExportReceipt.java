package kz.kuzet.packages.export;

import java.nio.file.Path;

/** What an export wrote: the file, the record's stable key, how many entries, its size and manifest digest. */
public record ExportReceipt(Path file, long recordId, String recordKey, String packageId, int entries, long bytes,
        String manifestSha256, String signer, String signerFingerprint) {
}
