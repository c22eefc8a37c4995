package kz.kuzet.security;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A record's audit entries that were not written here (they came with an imported package), oldest first. */
@FunctionalInterface
public interface ForeignAuditEntries {

    List<AuditRow> ofRecord(EntityManager em, long recordId);
}
