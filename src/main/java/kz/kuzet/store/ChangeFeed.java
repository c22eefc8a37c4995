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

    /** The PostgreSQL channel a change is announced on, when the transaction commits. */
    static final String CHANNEL = "kuzet_changes";

    private final Transactions tx;
    private final Clock clock;
    private final javax.sql.DataSource dataSource;
    private final boolean postgres;

    public ChangeFeed(Transactions tx, Clock clock, javax.sql.DataSource dataSource, boolean postgres) {
        this.tx = tx;
        this.clock = clock;
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** Notes a change inside the caller's transaction (on PostgreSQL also announced to listeners at commit). */
    public void note(EntityManager em, String entity, long entityId) {
        em.persist(new ChangeEntry(clock.instant(), entity, entityId));
        if (postgres) {
            em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)").setParameter(1, entity)
                    .getSingleResult();
        }
    }

    /**
     * On PostgreSQL, calls {@code onChange} (on a background thread) soon after any workstation commits a change,
     * through LISTEN/NOTIFY; readers still poll, this only makes them quicker. On H2 it does nothing and returns
     * an empty handle.
     */
    public Listening listen(Runnable onChange) {
        if (!postgres) {
            return new Listening() {
                @Override
                public boolean awaitListening(long millis) {
                    return false;
                }

                @Override
                public void close() {
                }
            };
        }
        ChangeListener listener = new ChangeListener(dataSource, onChange);
        listener.start();
        return listener;
    }

    /** A running listener. */
    public interface Listening extends AutoCloseable {
        /** Waits until the LISTEN is in place; false when it is not within the time (or not supported). */
        boolean awaitListening(long millis) throws InterruptedException;

        @Override
        void close();
    }

    public boolean announces() {
        return postgres;
    }

    /** The newest entry's id, 0 when the feed is empty: a reader starts from here. */
    public long latestId() {
        return tx.read(em -> em.createQuery("select coalesce(max(c.id), 0) from ChangeEntry c", Long.class)
                .getSingleResult());
    }

    /**
     * The newest detection's id: detections written without a note in the feed (bulk ingest) still reach the
     * consoles, which compare it on every poll.
     */
    public long latestDetectionId() {
        return tx.read(em -> em.createQuery("select coalesce(max(d.id), 0) from Detection d", Long.class)
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
