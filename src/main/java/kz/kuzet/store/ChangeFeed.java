package kz.kuzet.store;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The change feed every workstation polls: writers note each changed entity inside their own transaction, so
 * the note commits with the change; readers ask what was noted after the last entry they saw.
 */
public final class ChangeFeed {

    /** A change as readers see it. */
    public record Change(long id, String entity, long entityId) {
    }

    private final Transactions tx;
    private final Clock clock;

    public ChangeFeed(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Notes a change inside the caller's transaction. */
    public void note(EntityManager em, String entity, long entityId) {
        em.persist(new ChangeEntry(clock.instant(), entity, entityId));
    }

    /** The newest entry's id, 0 when the feed is empty: a reader starts from here. */
    public long latestId() {
        return tx.read(em -> em.createQuery("select coalesce(max(c.id), 0) from ChangeEntry c", Long.class)
                .getSingleResult());
    }

    /** Entries after the given id, oldest first, at most {@code limit}. */
    public List<Change> since(long afterId, int limit) {
        return tx.read(em -> em.createQuery("select new kz.kuzet.store.ChangeFeed$Change(c.id, c.entity, c.entityId)"
                        + " from ChangeEntry c where c.id > :after order by c.id", Change.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList());
    }
}
