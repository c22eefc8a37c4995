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

    public AuditQueries(Transactions tx, AccessGuard guard) {
        this.tx = tx;
        this.guard = guard;
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
