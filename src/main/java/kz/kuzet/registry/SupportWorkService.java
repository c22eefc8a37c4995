package kz.kuzet.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/**
 * STS's work at the state bodies: installation and support work orders, the event logs passed to
 * the NCCC per object (R-10.3.a), the collection system per contour (R-10.3.c), the coordinator's work.
 * A coordinator sees and changes only their state body's.
 */
public final class SupportWorkService {

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;

    public SupportWorkService(Transactions tx, AuditTrail audit, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
    }

    public record WorkOrderView(long id, long version, String bodyCode, Long sensorId, WorkType workType,
            WorkTask task, WorkStatus status, LocalDate openedOn, LocalDate dueOn, LocalDate doneOn, String engineer,
            String notes) {
    }

    public record EventLogView(long id, long objectId, String hostName, String ipAddress, String logName,
            LocalDate passedFrom) {
    }

    public record CollectorView(long id, String bodyCode, Contour contour, String hostName, String ipAddress,
            String product, String notes) {
    }

    public record ActivityView(long id, String bodyCode, CoordinatorActivityKind kind, LocalDate doneOn,
            String author, String description) {
    }

    // --- work orders -------------------------------------------------------------------------------------------

    public long openWorkOrder(Actor actor, String bodyCode, Long sensorId, WorkTask task, LocalDate openedOn,
            LocalDate dueOn, String engineer, String notes) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (task == null || openedOn == null) {
            throw new IllegalArgumentException("A work order needs its task and the date it was opened.");
        }
        if (dueOn != null && dueOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("The due date is before the date the work order was opened.");
        }
        checkLength("notes", notes, 4000);
        checkLength("engineer", engineer, 200);
        return tx.call(em -> {
            StateBody body = body(em, actor, Permission.REGISTRY_CHANGE, bodyCode, "a new work order");
            Sensor sensor = null;
            if (sensorId != null) {
                sensor = em.find(Sensor.class, sensorId);
                if (sensor == null || !sensor.getStateBody().getId().equals(body.getId())) {
                    throw new IllegalArgumentException("Sensor " + sensorId + " is not a sensor of " + bodyCode + ".");
                }
            }
            WorkOrder w = new WorkOrder(body, sensor, task, openedOn, dueOn, blank(engineer), blank(notes));
            em.persist(w);
            em.flush();
            audit.change(em, actor, "work_order.open", "work_order", w.getId(), null, null, state(w));
            return w.getId();
        });
    }

    public void updateWorkOrder(Actor actor, long id, long expectedVersion, WorkStatus status, LocalDate doneOn,
            String engineer, String notes) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (status == null) {
            throw new IllegalArgumentException("Choose the work order's status.");
        }
        if (status == WorkStatus.DONE && doneOn == null) {
            throw new IllegalArgumentException("Give the date the work was done.");
        }
        checkLength("notes", notes, 4000);
        checkLength("engineer", engineer, 200);
        tx.run(em -> {
            WorkOrder w = em.find(WorkOrder.class, id);
            if (w == null) {
                throw new IllegalArgumentException("No work order " + id + ".");
            }
            StateBody b = w.getStateBody();
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, b.getId(), b.getCode(), "work order " + id);
            if (w.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("Someone else changed work order " + id + " at the same time. "
                        + "Reload to see their change, then apply yours again.", null);
            }
            if (doneOn != null && doneOn.isBefore(w.getOpenedOn())) {
                throw new IllegalArgumentException("The work cannot be done before the order was opened.");
            }
            Map<String, Object> before = state(w);
            w.progress(status, status == WorkStatus.DONE ? doneOn : null, blank(engineer), blank(notes));
            em.flush();
            audit.change(em, actor, "work_order.update", "work_order", id, null, before, state(w));
        });
    }

    /** The work orders the actor may see (a coordinator: only their body's), optionally of one body. */
    public List<WorkOrderView> workOrders(Actor actor, Optional<String> bodyCode, boolean openOnly) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            bodyCode.ifPresent(c -> body(em, actor, Permission.REGISTRY_READ, c, "work orders"));
            var q = em.createQuery("select w from WorkOrder w join fetch w.stateBody b left join fetch w.sensor"
                    + " where " + scope.condition("b.id") + (bodyCode.isPresent() ? " and b.code = :c" : "")
                    + (openOnly ? " and w.status in (:open)" : "") + " order by b.code, w.openedOn, w.id",
                    WorkOrder.class);
            scope.bind(q);
            bodyCode.ifPresent(c -> q.setParameter("c", c));
            if (openOnly) {
                q.setParameter("open", List.of(WorkStatus.PLANNED, WorkStatus.IN_PROGRESS));
            }
            return q.getResultList().stream().map(w -> new WorkOrderView(w.getId(), w.getVersion(),
                    w.getStateBody().getCode(), w.getSensor() == null ? null : w.getSensor().getId(),
                    w.getTask().workType(), w.getTask(), w.getStatus(), w.getOpenedOn(), w.getDueOn(), w.getDoneOn(),
                    w.getEngineer(), w.getNotes())).toList();
        });
    }

    // --- event logs and collection systems (R-10.3.a, R-10.3.c) -------------------------------------------------

    public long addEventLog(Actor actor, long objectId, String logName, LocalDate passedFrom) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (logName == null || logName.isBlank()) {
            throw new IllegalArgumentException("Name the event log (e.g. Security, Sysmon/Operational, auth.log).");
        }
        checkLength("log name", logName, 200);
        return tx.call(em -> {
            MonitoredObject o = em.find(MonitoredObject.class, objectId);
            if (o == null) {
                throw new IllegalArgumentException("No monitored object " + objectId + ".");
            }
            StateBody b = o.getStateBody();
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, b.getId(), b.getCode(), "object " + objectId);
            if (!o.isInScope()) {
                throw new IllegalArgumentException("Object " + objectId + " is out of scope: "
                        + new ScopePolicy().check(o).orElseThrow().describe());
            }
            ObjectEventLog log = new ObjectEventLog(o, logName.trim(), passedFrom);
            em.persist(log);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("object_id", objectId);
            after.put("log_name", log.getLogName());
            after.put("passed_from", passedFrom == null ? null : passedFrom.toString());
            audit.change(em, actor, "event_log.add", "object_event_log", log.getId(), null, null, after);
            return log.getId();
        });
    }

    public List<EventLogView> eventLogs(Actor actor, String bodyCode) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            body(em, actor, Permission.REGISTRY_READ, bodyCode, "event logs");
            return scope.bind(em.createQuery("select l from ObjectEventLog l join fetch l.object o where "
                        + scope.condition("o.stateBody.id") + " and o.stateBody.code = :c order by o.hostName,"
                        + " l.logName", ObjectEventLog.class))
                .setParameter("c", bodyCode).getResultList().stream().map(l -> new EventLogView(l.getId(),
                        l.getObject().getId(), l.getObject().getHostName(), l.getObject().getIpAddress(),
                        l.getLogName(), l.getPassedFrom())).toList();
        });
    }

    public long addCollector(Actor actor, String bodyCode, Contour contour, String hostName, String ipAddress,
            String product, String notes) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (contour == null) {
            throw new IllegalArgumentException("Say which contour the collection system serves: internal or "
                    + "external.");
        }
        if (blank(hostName) == null && blank(ipAddress) == null) {
            throw new IllegalArgumentException("Give the collection system's network name or IP address.");
        }
        String ip = ipAddress == null || ipAddress.isBlank() ? null : IpAddresses.canonical(ipAddress)
                .orElseThrow(() -> new IllegalArgumentException("\"" + ipAddress + "\" is not an IP address."));
        checkLength("network name", hostName, 255);
        checkLength("product", product, 120);
        checkLength("notes", notes, 2000);
        return tx.call(em -> {
            LogCollector c = new LogCollector(body(em, actor, Permission.REGISTRY_CHANGE, bodyCode,
                    "a new collection system"), contour, blank(hostName), ip,
                    blank(product), blank(notes));
            em.persist(c);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state_body", bodyCode);
            after.put("contour", contour.name());
            after.put("host_name", c.getHostName());
            after.put("ip_address", ip);
            after.put("product", c.getProduct());
            audit.change(em, actor, "collector.add", "log_collector", c.getId(), null, null, after);
            return c.getId();
        });
    }

    public List<CollectorView> collectors(Actor actor, Optional<String> bodyCode) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            bodyCode.ifPresent(c -> body(em, actor, Permission.REGISTRY_READ, c, "collection systems"));
            var q = em.createQuery("select c from LogCollector c join fetch c.stateBody b where "
                    + scope.condition("b.id") + (bodyCode.isPresent() ? " and b.code = :c" : "")
                    + " order by b.code, c.contour, c.id", LogCollector.class);
            scope.bind(q);
            bodyCode.ifPresent(c -> q.setParameter("c", c));
            return q.getResultList().stream().map(c -> new CollectorView(c.getId(), c.getStateBody().getCode(),
                    c.getContour(), c.getHostName(), c.getIpAddress(), c.getProduct(), c.getNotes())).toList();
        });
    }

    // --- the coordinator's work (R-11) ------------------------------------------------------------------------

    public long recordActivity(Actor actor, String bodyCode, CoordinatorActivityKind kind, LocalDate doneOn,
            String author, String description) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (kind == null || doneOn == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException("Record the kind of work, its date and what was done.");
        }
        checkLength("description", description, 4000);
        String who = author == null || author.isBlank() ? actor.name() : author.trim();
        checkLength("author", who, 100);
        return tx.call(em -> {
            CoordinatorActivity a = new CoordinatorActivity(body(em, actor, Permission.REGISTRY_CHANGE, bodyCode,
                    "a new coordinator's activity"), kind, doneOn, who,
                    description.trim());
            em.persist(a);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state_body", bodyCode);
            after.put("kind", kind.name());
            after.put("done_on", doneOn.toString());
            after.put("author", who);
            after.put("description", a.getDescription());
            audit.change(em, actor, "coordinator.record", "coordinator_activity", a.getId(), null, null, after);
            return a.getId();
        });
    }

    public List<ActivityView> activities(Actor actor, String bodyCode) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            body(em, actor, Permission.REGISTRY_READ, bodyCode, "the coordinator's work");
            return scope.bind(em.createQuery("select a from CoordinatorActivity a join fetch a.stateBody b where "
                            + scope.condition("b.id") + " and b.code = :c order by a.doneOn, a.id",
                            CoordinatorActivity.class))
                    .setParameter("c", bodyCode).getResultList().stream().map(a -> new ActivityView(a.getId(),
                            bodyCode, a.getKind(), a.getDoneOn(), a.getAuthor(), a.getDescription())).toList();
        });
    }

    /** Loads the body and refuses (audited) unless the actor may act on it. */
    private StateBody body(EntityManager em, Actor actor, Permission permission, String bodyCode, String what) {
        StateBody b = SensorService.body(em, bodyCode);
        guard.requireForBody(actor, permission, b.getId(), b.getCode(), what + " of " + b.getCode());
        return b;
    }

    private static Map<String, Object> state(WorkOrder w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state_body", w.getStateBody().getCode());
        m.put("sensor_id", w.getSensor() == null ? null : w.getSensor().getId());
        m.put("task", w.getTask().name());
        m.put("status", w.getStatus().name());
        m.put("opened_on", w.getOpenedOn().toString());
        m.put("due_on", w.getDueOn() == null ? null : w.getDueOn().toString());
        m.put("done_on", w.getDoneOn() == null ? null : w.getDoneOn().toString());
        m.put("engineer", w.getEngineer());
        m.put("notes", w.getNotes());
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void checkLength(String what, String value, int max) {
        if (value != null && value.trim().length() > max) {
            throw new IllegalArgumentException("The " + what + " may be at most " + max + " characters.");
        }
    }
}
