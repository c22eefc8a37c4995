package kz.kuzet.packages.importing;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;

/**
 * A record's imported audit entries, each with where it really came from: the package it was imported with, or,
 * for an entry that package's signer had itself imported, the earlier package that first brought it. The audit
 * list, the timeline and a re-export all read them here.
 */
public final class ImportedAudit {

    private ImportedAudit() {
    }

    /** Oldest first (by the origin's instant, then in the order they were imported). */
    public static List<PackagedImportedAuditEntry> ofRecord(EntityManager em, long recordId) {
        Map<Long, ImportedPackage> imports = em.createQuery("select p from ImportedPackage p"
                + " where p.recordId = :r", ImportedPackage.class).setParameter("r", recordId).getResultStream()
                .collect(Collectors.toMap(ImportedPackage::getId, Function.identity()));
        return em.createQuery("select a from ImportedAuditEntry a where a.recordId = :r order by a.originAt, a.id",
                        ImportedAuditEntry.class).setParameter("r", recordId).getResultStream()
                .map(a -> new PackagedImportedAuditEntry(a.toPackaged(), a.origin(imports.get(a.getImportId()))))
                .toList();
    }
}
