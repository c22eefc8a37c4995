package kz.kuzet.packages.read;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;

/**
 * {@code audit-imported.json}: optional (packages written before it existed lack it: none then), and when there,
 * every entry must say what it is and where it came from, or the package is refused as malformed.
 */
final class ImportedAuditContent {

    private ImportedAuditContent() {
    }

    static List<PackagedImportedAuditEntry> read(Map<String, byte[]> contents) throws PackageRefused {
        if (!contents.containsKey(PackageFormat.AUDIT_IMPORTED)) {
            return List.of();
        }
        List<PackagedImportedAuditEntry> entries = PackageReader.parse(contents, PackageFormat.AUDIT_IMPORTED,
                new TypeReference<>() { });
        for (int i = 0; i < entries.size(); i++) {
            if (!complete(entries.get(i))) {
                throw new PackageRefused(RefusalReason.MALFORMED_CONTENT, PackageFormat.AUDIT_IMPORTED,
                        "entry " + (i + 1) + " lacks its entry or origin");
            }
        }
        return List.copyOf(entries);
    }

    private static boolean complete(PackagedImportedAuditEntry relayed) {
        if (relayed == null || relayed.entry() == null || relayed.origin() == null) {
            return false;
        }
        PackagedAuditEntry e = relayed.entry();
        PackagedImportedAuditEntry.Origin o = relayed.origin();
        return Stream.of(e.at(), e.actor(), e.action(), e.prevHash(), e.hash(), o.packageId(), o.recordKey(),
                o.signer(), o.signerFingerprint(), o.exportedAt(), o.importedBy(), o.importedAt())
                .allMatch(x -> x != null);
    }
}
