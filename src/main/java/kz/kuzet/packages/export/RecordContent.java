package kz.kuzet.packages.export;

import java.util.List;
import kz.kuzet.packages.content.PackagedAnnexRow;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.content.PackagedRecord;

/**
 * Everything a package carries of one record, read in one transaction: {@code audit} is this database's chain,
 * {@code importedAudit} the entries it imported with the record, each with its origin.
 */
record RecordContent(PackagedRecord record, List<PackagedDetection> detections, List<PackagedNotice> notices,
        List<byte[]> noticePdfs, List<PackagedFollowUp.Recommendation> recommendations,
        List<PackagedFollowUp.Measure> measures, List<PackagedFollowUp.Dispatch> dispatches,
        List<PackagedFollowUp.Report> reports, List<PackagedAnnexRow> annexRows, List<PackagedAuditEntry> audit,
        List<PackagedImportedAuditEntry> importedAudit) {
}
