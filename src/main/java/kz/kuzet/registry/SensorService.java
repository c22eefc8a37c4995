package kz.kuzet.registry;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/** Sensors (event sources, R-6): registered, edited and moved through their states; last detection seen. */
public final class SensorService {

    private static final Map<SensorState, Set<SensorState>> NEXT = new EnumMap<>(SensorState.class);

    static {
        NEXT.put(SensorState.PLANNED, EnumSet.of(SensorState.DEPLOYED, SensorState.RETIRED));
        NEXT.put(SensorState.DEPLOYED, EnumSet.of(SensorState.VERIFIED, SensorState.DEGRADED, SensorState.RETIRED));
        NEXT.put(SensorState.VERIFIED, EnumSet.of(SensorState.IN_SERVICE, SensorState.DEGRADED, SensorState.RETIRED));
        NEXT.put(SensorState.IN_SERVICE, EnumSet.of(SensorState.DEGRADED, SensorState.RETIRED));
        NEXT.put(SensorState.DEGRADED, EnumSet.of(SensorState.VERIFIED, SensorState.IN_SERVICE, SensorState.RETIRED));
        NEXT.put(SensorState.RETIRED, EnumSet.noneOf(SensorState.class));
    }

    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard guard;

    public SensorService(Transactions tx, AuditTrail audit, Clock clock, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    public record SensorForm(String bodyCode, Contour contour, SensorKind kind, String vendor, String product,
            String productVersion, String ipAddress, boolean installedBySts, String protectionMode,
            int expectedIntervalMinutes) {
    }

    /** A sensor as listed: {@code effectiveState} is DEGRADED for one in service but silent too long. */
    public record SensorView(long id, long version, String bodyCode, Contour contour, SensorKind kind, String vendor,
            String product, String productVersion, String ipAddress, boolean installedBySts, SensorState state,
            SensorState effectiveState, String protectionMode, int expectedIntervalMinutes, Instant lastSeenAt) {
    }

    public static Set<SensorState> allowedNext(SensorState from) {
        return Set.copyOf(NEXT.get(from));
    }

    /** Registers a sensor in the PLANNED state (or DEPLOYED, for one already running when registered). */
    public long create(Actor actor, SensorForm f, SensorState initial) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        validate(f);
        if (initial != SensorState.PLANNED && initial != SensorState.DEPLOYED) {
            throw new IllegalArgumentException("A new sensor starts as planned or deployed, then is verified and put "
                    + "in service.");
        }
        return tx.call(em -> {
            StateBody body = body(em, f.bodyCode());
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, body.getId(), body.getCode(), "new sensor");
            Sensor s = new Sensor(body, f.contour(), f.kind(), f.vendor(), f.product(), f.productVersion(),
                    ip(f.ipAddress()), f.installedBySts(), initial);
            s.setProtectionMode(f.protectionMode());
            s.setExpectedIntervalMinutes(f.expectedIntervalMinutes());
            em.persist(s);
            em.flush();
            audit.change(em, actor, "sensor.create", "sensor", s.getId(), null, null, state(s));
            return s.getId();
        });
    }

    public void update(Actor actor, long id, long expectedVersion, SensorForm f) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        validate(f);
        tx.run(em -> {
            Sensor s = load(em, actor, id, expectedVersion);
            Map<String, Object> before = state(s);
            s.edit(f.contour(), f.kind(), f.vendor(), f.product(), f.productVersion(), ip(f.ipAddress()),
                    f.installedBySts(), f.protectionMode(), f.expectedIntervalMinutes());
            em.flush();
            audit.change(em, actor, "sensor.update", "sensor", id, null, before, state(s));
        });
    }

    /** Moves a sensor to its next state: planned → deployed → verified → in service ⇄ degraded; → retired. */
    public void transition(Actor actor, long id, long expectedVersion, SensorState target) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        tx.run(em -> {
            Sensor s = load(em, actor, id, expectedVersion);
            if (!NEXT.get(s.getState()).contains(target)) {
                throw new IllegalArgumentException("A " + name(s.getState()) + " sensor cannot become " + name(target)
                        + "; it can become: " + String.join(", ", NEXT.get(s.getState()).stream()
                        .map(SensorService::name).toList()) + ".");
            }
            Map<String, Object> before = state(s);
            s.moveTo(target, clock.instant());
            em.flush();
            audit.change(em, actor, "sensor.state", "sensor", id, null, before, state(s));
        });
    }

    /** Ingest tells the registry a sensor sent a detection; only a later time moves "last seen" forward. */
    public void recordSeen(long sensorId, Instant seenAt) {
        tx.run(em -> {
            Sensor s = em.find(Sensor.class, sensorId);
            if (s != null && (s.getLastSeenAt() == null || seenAt.isAfter(s.getLastSeenAt()))) {
                s.setLastSeenAt(seenAt);
            }
        });
    }

    /** The sensors the actor may see (a coordinator: only their body's), optionally of one state body. */
    public List<SensorView> list(Actor actor, Optional<String> bodyCode) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        Instant now = clock.instant();
        return tx.read(em -> {
            if (bodyCode.isPresent()) {
                StateBody b = body(em, bodyCode.get());
                guard.requireForBody(actor, Permission.REGISTRY_READ, b.getId(), b.getCode(), "sensors");
            }
            var q = em.createQuery("select s from Sensor s join fetch s.stateBody b where "
                    + scope.condition("b.id") + (bodyCode.isPresent() ? " and b.code = :c" : "")
                    + " order by b.code, s.id", Sensor.class);
            scope.bind(q);
            bodyCode.ifPresent(c -> q.setParameter("c", c));
            return q.getResultList().stream().map(s -> view(s, now)).toList();
        });
    }

    private static SensorView view(Sensor s, Instant now) {
        return new SensorView(s.getId(), s.getVersion(), s.getStateBody().getCode(), s.getContour(), s.getKind(),
                s.getVendor(), s.getProduct(), s.getProductVersion(), s.getIpAddress(), s.isInstalledBySts(),
                s.getState(), s.effectiveState(now), s.getProtectionMode(), s.getExpectedIntervalMinutes(),
                s.getLastSeenAt());
    }

    private Sensor load(EntityManager em, Actor actor, long id, long expectedVersion) {
        Sensor s = em.find(Sensor.class, id);
        if (s == null) {
            throw new IllegalArgumentException("No sensor " + id + ".");
        }
        StateBody b = s.getStateBody();
        guard.requireForBody(actor, Permission.REGISTRY_CHANGE, b.getId(), b.getCode(), "sensor " + id);
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Someone else changed sensor " + id + " at the same time. Reload to "
                    + "see their change, then apply yours again.", null);
        }
        return s;
    }

    static StateBody body(EntityManager em, String code) {
        return em.createQuery("select b from StateBody b where b.code = :c", StateBody.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No state body with code '" + code + "'."));
    }

    private static void validate(SensorForm f) {
        if (f.contour() == null || f.kind() == null) {
            throw new IllegalArgumentException("Choose the sensor's contour and kind.");
        }
        if (f.expectedIntervalMinutes() < 1 || f.expectedIntervalMinutes() > 7 * 24 * 60) {
            throw new IllegalArgumentException("The expected interval between detections is 1 minute to 7 days.");
        }
        ip(f.ipAddress());
    }

    private static String ip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return IpAddresses.canonical(text).orElseThrow(() -> new IllegalArgumentException("\"" + text
                + "\" is not an IPv4 or IPv6 address."));
    }

    private static String name(SensorState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static Map<String, Object> state(Sensor s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state_body", s.getStateBody().getCode());
        m.put("contour", s.getContour().name());
        m.put("kind", s.getKind().name());
        m.put("vendor", s.getVendor());
        m.put("product", s.getProduct());
        m.put("product_version", s.getProductVersion());
        m.put("ip_address", s.getIpAddress());
        m.put("installed_by_sts", s.isInstalledBySts());
        m.put("state", s.getState().name());
        m.put("protection_mode", s.getProtectionMode());
        m.put("expected_interval_min", s.getExpectedIntervalMinutes());
        return m;
    }
}
