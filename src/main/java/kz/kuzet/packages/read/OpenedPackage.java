package kz.kuzet.packages.read;

import java.util.List;
import java.util.Map;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.Manifest;
import kz.kuzet.packages.content.PackagedAnnexRow;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.content.PackagedRecord;

/**
 * A package that passed every check on open: signed by a trusted key, every entry as the manifest says. Held in
 * memory; nothing was unpacked to disk.
 *
 * @param signerName   the name this machine's trust list gives the signing key (not the name the package claims)
 * @param manifestSha256 SHA-256 of the manifest's bytes: identifies this exact package
 * @param auditEntries the exporting database's own audit entries about the record (its chain)
 * @param importedAuditEntries the entries it had imported with the record from earlier packages, each with its
 *                     origin ({@code audit-imported.json}; empty for packages written before that entry existed)
 * @param contents     every entry's verified bytes by name
 */
public record OpenedPackage(Manifest manifest, String signerName, String signerFingerprint, String manifestSha256,
        PackagedRecord record, List<PackagedDetection> detections, List<TimelineEntry> timeline,
        List<Notice> notices, List<PackagedFollowUp.Recommendation> recommendations,
        List<PackagedFollowUp.Measure> measures, List<PackagedFollowUp.Dispatch> dispatches,
        List<PackagedFollowUp.Report> reports, List<PackagedAnnexRow> annexRows,
        List<PackagedAuditEntry> auditEntries, List<PackagedImportedAuditEntry> importedAuditEntries,
        Map<String, byte[]> contents) {

    /** The record as the record view shows it. */
    public RecordDetail detail() {
        return record.detail();
    }

    /** The package's entries as the manifest lists them. */
    public List<Manifest.Entry> entries() {
        return manifest.entries();
    }

    /** The STIX 2.1 bundle's bytes. */
    public byte[] stixBundle() {
        return contents.get(kz.kuzet.packages.PackageFormat.STIX);
    }

    /** A notice with its stored PDF (null when it had none). */
    public record Notice(PackagedNotice notice, byte[] pdf) {
    }
}
