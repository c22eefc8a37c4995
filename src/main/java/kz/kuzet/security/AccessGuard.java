package kz.kuzet.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.kuzet.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccessPolicy} as services use it: the same checks, and every refusal also appended to the audit trail
 * ({@code access.denied}: who, which permission, what and why), so probing for other state bodies' data shows.
 *
 * <p>The refusal is recorded by one background writer in its own transaction, never inside the caller's: the
 * caller's transaction is rolled back by the refusal, and if it already held the chain's head the writer just
 * waits for it to end instead of dead-locking. {@link #close()} (called by {@code Kuzet.close()}) waits for
 * pending records.
 */
public final class AccessGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kuzet-access-audit");
        t.setDaemon(true);
        return t;
    });

    public AccessGuard(Transactions tx, AuditTrail audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** See {@link AccessPolicy#require}; a refusal is audited. */
    public void require(Actor actor, Permission permission) {
        try {
            AccessPolicy.require(actor, permission);
        } catch (AccessDeniedException e) {
            throw recorded(actor, e, null);
        }
    }

    /** See {@link AccessPolicy#requireForBody}; a refusal is audited. */
    public void requireForBody(Actor actor, Permission permission, long stateBodyId, String stateBodyCode,
            String what) {
        try {
            AccessPolicy.requireForBody(actor, permission, stateBodyId, stateBodyCode, what);
        } catch (AccessDeniedException e) {
            throw recorded(actor, e, what);
        }
    }

    /** See {@link AccessPolicy#requireAllBodies}; a refusal is audited. */
    public void requireAllBodies(Actor actor, Permission permission, String what) {
        try {
            AccessPolicy.requireAllBodies(actor, permission, what);
        } catch (AccessDeniedException e) {
            throw recorded(actor, e, what);
        }
    }

    /** See {@link AccessPolicy#scope}; a refusal is audited. */
    public BodyScope scope(Actor actor, Permission permission) {
        try {
            return AccessPolicy.scope(actor, permission);
        } catch (AccessDeniedException e) {
            throw recorded(actor, e, null);
        }
    }

    private AccessDeniedException recorded(Actor actor, AccessDeniedException refusal, String what) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("permission", refusal.permission().id());
        if (what != null) {
            details.put("target", what);
        }
        details.put("reason", refusal.getMessage());
        try {
            writer.execute(() -> {
                try {
                    tx.run(em -> audit.event(em, actor, "access.denied", details));
                } catch (RuntimeException e) {
                    LOG.warn("A refused action could not be audited: {}", e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.warn("A refused action was not audited: the application is closing");
        }
        return refusal;
    }

    /** Waits until every refusal so far is in the trail (tests; the console before showing the trail). */
    public void awaitRecorded() {
        try {
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Refusals were not recorded in time: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Some refused actions were not audited before closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
