package kz.kuzet.security;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import kz.kuzet.store.Transactions;

/** Reads the audit trail, for auditors and administrators only. */
public final class AuditQueries {

    private final Transactions tx;
    private final AccessGuard guard;
    private final ForeignAuditEntries foreign;

    public AuditQueries(Transactions tx, AccessGuard guard, ForeignAuditEntries foreign) {
        this.tx = tx;
        this.guard = guard;
        this.foreign = foreign;
    }

    /**
     * As {@link #list}, and when the filter names a record, also the record's entries that came with an imported
     * package (marked with their origin, matched by the same filter), all in time order.
     */
    public List<AuditRow> listWithImported(Actor actor, AuditFilter filter) {
        List<AuditRow> local = list(actor, filter);
        if (filter.recordId() == null) {
            return local;
        }
        List<AuditRow> imported = tx.read(em -> foreign.ofRecord(em, filter.recordId())).stream()
                .filter(r -> matches(filter, r)).toList();
        List<AuditRow> rows = new ArrayList<>(local.size() + imported.size());
        int i = 0;
        for (AuditRow l : local) {
            while (i < imported.size() && imported.get(i).at().isBefore(l.at())) {
                rows.add(imported.get(i++));
            }
            rows.add(l);
        }
        rows.addAll(imported.subList(i, imported.size()));
        return rows.subList(Math.max(0, rows.size() - filter.limit()), rows.size());
    }

    private static boolean matches(AuditFilter f, AuditRow r) {
        return (f.user() == null || f.user().equalsIgnoreCase(r.actor()))
                && (f.action() == null || r.action().equals(f.action()) || r.action().startsWith(f.action() + "."))
                && (f.since() == null || !r.at().isBefore(f.since()))
                && (f.until() == null || r.at().isBefore(f.until()));
    }

    /** The newest {@code filter.limit()} matching entries, oldest first. */
    public List<AuditRow> list(Actor actor, AuditFilter filter) {
        guard.require(actor, Permission.AUDIT_READ);
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (filter.user() != null) {
            jpql.append(" and lower(e.actor) = :user");
        }
        if (filter.recordId() != null) {
            jpql.append(" and e.recordId = :recordId");
        }
        if (filter.action() != null) {
            jpql.append(" and (e.action = :action or e.action like :actionPrefix escape '!')");
        }
        if (filter.since() != null) {
            jpql.append(" and e.at >= :since");
        }
        if (filter.until() != null) {
            jpql.append(" and e.at < :until");
        }
        jpql.append(" order by e.seq desc");
        List<AuditRow> rows = tx.read(em -> {
            TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
            if (filter.user() != null) {
                q.setParameter("user", filter.user().toLowerCase(Locale.ROOT));
            }
            if (filter.recordId() != null) {
                q.setParameter("recordId", filter.recordId());
            }
            if (filter.action() != null) {
                q.setParameter("action", filter.action());
                q.setParameter("actionPrefix", likeEscape(filter.action()) + ".%");
            }
            if (filter.since() != null) {
                q.setParameter("since", filter.since());
            }
            if (filter.until() != null) {
                q.setParameter("until", filter.until());
            }
            return q.setMaxResults(filter.limit()).getResultList().stream().map(AuditRow::of)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        });
        Collections.reverse(rows);
        return rows;
    }

    /** The distinct actors in the trail, for the audit view's user filter. */
    public List<String> actors(Actor actor) {
        guard.require(actor, Permission.AUDIT_READ);
        return tx.read(em -> em.createQuery("select distinct e.actor from AuditEntry e order by e.actor", String.class)
                .getResultList());
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
