package kz.kuzet.registry;

import java.util.List;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/** Registers monitored objects one by one (outside the annex), and marks objects out of scope. */
public final class ObjectRegistry {

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;

    public ObjectRegistry(Transactions tx, AuditTrail audit, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
    }

    public record NewObject(String bodyCode, Contour contour, String department, String location, String person,
            String hostName, String ipAddress, String operatingSystem) {
    }

    /**
     * Registers an object. With an {@code exclusion}, the object is recorded as never to be monitored, and the
     * reason is required: ingest will refuse its detections with it.
     */
    public long register(Actor actor, NewObject o, ScopeExclusion exclusion, String reason) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        requireReason(exclusion, reason);
        if (o.contour() == null) {
            throw new IllegalArgumentException("Choose the object's contour: internal or external.");
        }
        if ((o.hostName() == null || o.hostName().isBlank()) && (o.ipAddress() == null || o.ipAddress().isBlank())) {
            throw new IllegalArgumentException("Give the object's network name or IP address.");
        }
        String ip = o.ipAddress() == null || o.ipAddress().isBlank() ? null : IpAddresses.canonical(o.ipAddress())
                .orElseThrow(() -> new IllegalArgumentException("\"" + o.ipAddress()
                        + "\" is not an IPv4 or IPv6 address."));
        return tx.call(em -> {
            StateBody body = em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                    .setParameter("c", o.bodyCode()).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No state body with code '" + o.bodyCode() + "'."));
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, body.getId(), body.getCode(), "new object");
            MonitoredObject m = new MonitoredObject(body, o.contour(), o.department(), o.location(), o.person(),
                    o.hostName(), ip, o.operatingSystem());
            if (exclusion != null) {
                m.exclude(exclusion, reason.trim());
            }
            em.persist(m);
            em.flush();
            audit.change(em, actor, exclusion == null ? "object.add" : "object.add_excluded", "monitored_object",
                    m.getId(), null, null, AnnexService.state(m));
            return m.getId();
        });
    }

    /** Marks an existing object as out of scope (or back in scope with {@code exclusion} null). */
    public void setExclusion(Actor actor, long objectId, long expectedVersion, ScopeExclusion exclusion,
            String reason) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        requireReason(exclusion, reason);
        tx.run(em -> {
            MonitoredObject m = em.find(MonitoredObject.class, objectId);
            if (m == null) {
                throw new IllegalArgumentException("No monitored object " + objectId + ".");
            }
            StateBody body = m.getStateBody();
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, body.getId(), body.getCode(),
                    "object " + objectId);
            if (m.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("Someone else changed this object at the same time. Reload to "
                        + "see their change, then apply yours again.", null);
            }
            if (exclusion == null && m.isInScope()) {
                throw new IllegalArgumentException("Object " + objectId + " is already in the scope of monitoring.");
            }
            var before = AnnexService.state(m);
            m.exclude(exclusion, exclusion == null ? null : reason.trim());
            audit.change(em, actor, "object.scope", "monitored_object", m.getId(), null, before,
                    AnnexService.state(m));
        });
    }

    /** An active object of a body as the registry lists it, with its R-5 exclusion if any. */
    public record ObjectView(long id, long version, String bodyCode, Contour contour, String department,
            String hostName, String ipAddress, String operatingSystem, ScopeExclusion exclusion, String reason) {
    }

    /** The active objects of a body, in scope or not (a coordinator: only their own body's). */
    public List<ObjectView> list(Actor actor, String bodyCode) {
        guard.require(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            StateBody body = SensorService.body(em, bodyCode);
            guard.requireForBody(actor, Permission.REGISTRY_READ, body.getId(), body.getCode(), "objects");
            return em.createQuery("select o from MonitoredObject o where o.stateBody = :b and o.active = true"
                        + " order by o.contour, o.hostName, o.id", MonitoredObject.class)
                .setParameter("b", body).getResultList().stream().map(ObjectRegistry::view).toList();
        });
    }

    /** One object, as {@link #list} gives it (a coordinator: only their own body's). */
    public ObjectView get(Actor actor, long objectId) {
        guard.require(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            MonitoredObject o = em.find(MonitoredObject.class, objectId);
            if (o == null) {
                throw new IllegalArgumentException("No monitored object " + objectId + ".");
            }
            StateBody body = o.getStateBody();
            guard.requireForBody(actor, Permission.REGISTRY_READ, body.getId(), body.getCode(),
                    "object " + objectId);
            return view(o);
        });
    }

    private static ObjectView view(MonitoredObject o) {
        return new ObjectView(o.getId(), o.getVersion(), o.getStateBody().getCode(), o.getContour(),
                o.getDepartment(), o.getHostName(), o.getIpAddress(), o.getOperatingSystem(), o.getScopeExclusion(),
                o.getScopeReason());
    }

    /** Objects of a body recorded as out of scope. */
    public List<MonitoredObject> excluded(Actor actor, String bodyCode) {
        guard.require(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            StateBody body = SensorService.body(em, bodyCode);
            guard.requireForBody(actor, Permission.REGISTRY_READ, body.getId(), body.getCode(), "excluded objects");
            return em.createQuery("select o from MonitoredObject o join fetch o.stateBody b"
                        + " where b.code = :c and o.scopeExclusion is not null order by o.id", MonitoredObject.class)
                .setParameter("c", bodyCode).getResultList();
        });
    }

    private static void requireReason(ScopeExclusion exclusion, String reason) {
        if (exclusion != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Say why the object is out of scope (" + ScopePolicy.clause(exclusion)
                    + "), e.g. the letter that classifies it.");
        }
        if (reason != null && reason.trim().length() > 500) {
            throw new IllegalArgumentException("The reason may be at most 500 characters.");
        }
    }
}
