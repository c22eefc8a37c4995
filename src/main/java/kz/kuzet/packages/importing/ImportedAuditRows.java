package kz.kuzet.packages.importing;

import jakarta.persistence.EntityManager;
import java.util.List;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.security.AuditRow;
import kz.kuzet.security.ForeignAuditEntries;

/** The audit entries that came with a record's imported package, as audit rows marked with their true origin. */
public final class ImportedAuditRows implements ForeignAuditEntries {

    @Override
    public List<AuditRow> ofRecord(EntityManager em, long recordId) {
        return ImportedAudit.ofRecord(em, recordId).stream().map(a -> row(a, recordId)).toList();
    }

    private static AuditRow row(PackagedImportedAuditEntry a, long recordId) {
        PackagedAuditEntry e = a.entry();
        PackagedImportedAuditEntry.Origin o = a.origin();
        AuditRow.Origin origin = new AuditRow.Origin(o.packageId(), o.signer(), o.signerFingerprint(),
                o.exportedAt(), o.importedAt(), o.importedBy(), e.recordId(), e.seq(), e.prevHash(), e.hash());
        return new AuditRow(null, e.at(), e.actor(), e.action(), e.entity(), e.entityId(), recordId,
                e.beforeState(), e.afterState(), null, origin);
    }
}
