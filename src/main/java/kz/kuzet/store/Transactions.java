package kz.kuzet.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.StaleStateException;

/** Runs units of work in one transaction each: committed when they return, rolled back when they throw. */
public final class Transactions {

    private final EntityManagerFactory emf;

    public Transactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (OptimisticLockException | StaleStateException e) {
            rollback(tx);
            throw new ConcurrentChangeException(
                    "Someone else changed this at the same time. Reload to see their change, then apply yours again.", e);
        } catch (RuntimeException e) {
            rollback(tx);
            if (e.getCause() instanceof OptimisticLockException || e.getCause() instanceof StaleStateException) {
                throw new ConcurrentChangeException(
                        "Someone else changed this at the same time. Reload to see their change, then apply yours again.",
                        e);
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Read-only work: no flush, rolled back at the end. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.unwrap(org.hibernate.Session.class).setDefaultReadOnly(true);
            return work.apply(em);
        } finally {
            rollback(em.getTransaction());
            em.close();
        }
    }

    private static void rollback(EntityTransaction tx) {
        if (tx.isActive()) {
            tx.rollback();
        }
    }
}
