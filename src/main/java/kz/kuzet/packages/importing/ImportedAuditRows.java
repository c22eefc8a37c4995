package kz.kuzet.packages.importing;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.security.AuditRow;
import kz.kuzet.security.ForeignAuditEntries;

/** The audit entries that came with a record's imported package, as audit rows marked with their origin. */
public final class ImportedAuditRows implements ForeignAuditEntries {

    @Override
    public List<AuditRow> ofRecord(EntityManager em, long recordId) {
        Map<Long, ImportedPackage> imports = em.createQuery("select p from ImportedPackage p"
                + " where p.recordId = :r", ImportedPackage.class).setParameter("r", recordId).getResultStream()
                .collect(Collectors.toMap(ImportedPackage::getId, Function.identity()));
        return em.createQuery("select a from ImportedAuditEntry a where a.recordId = :r order by a.originAt, a.id",
                        ImportedAuditEntry.class).setParameter("r", recordId).getResultStream()
                .map(a -> row(a, imports.get(a.getImportId()))).toList();
    }

    private static AuditRow row(ImportedAuditEntry a, ImportedPackage p) {
        PackagedAuditEntry e = a.toPackaged();
        AuditRow.Origin origin = new AuditRow.Origin(p.getPackageId(), p.getSignerName(), p.getSignerFingerprint(),
                p.getExportedAt(), p.getImportedAt(), p.getImportedBy(), e.recordId(), e.seq(), e.prevHash(),
                e.hash());
        return new AuditRow(null, e.at(), e.actor(), e.action(), e.entity(), e.entityId(), a.getRecordId(),
                e.beforeState(), e.afterState(), null, origin);
    }
}
