package kz.kuzet.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/** R-12.d: objects whose operating system is past its vendor's end of support, per state body. */
public final class OutdatedOsReport {

    private final AccessGuard guard;

    private final Transactions tx;
    private final Clock clock;
    private final OsSupportTable table;

    public OutdatedOsReport(Transactions tx, Clock clock, OsSupportTable table, AccessGuard guard) {
        this.guard = guard;
        this.tx = tx;
        this.clock = clock;
        this.table = table;
    }

    public record OutdatedObject(long objectId, String department, String hostName, String ipAddress, Contour contour,
            String operatingSystem, String product, LocalDate endOfSupport, long daysPast) {
    }

    /** An object whose OS the table does not date (not listed, or the vendor's date unknown). */
    public record UndatedObject(long objectId, String hostName, String operatingSystem, String reason) {
    }

    public record BodyOutdated(String bodyCode, int objectsChecked, List<OutdatedObject> outdated,
            List<UndatedObject> undated) {
    }

    public record Result(LocalDate asOf, LocalDate tableCompiled, List<String> sources, List<BodyOutdated> bodies) {
    }

    /**
     * Active, in-scope objects of every body (or of the one given), checked against the table as of today: the
     * report over the state bodies the actor may see (a coordinator: only theirs), or over one of them.
     */
    public Result run(Actor actor, Optional<String> bodyCode) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        LocalDate today = LocalDate.ofInstant(clock.instant(), AnnexService.ZONE);
        List<MonitoredObject> objects = tx.read(em -> {
            if (bodyCode.isPresent()) {
                StateBody b = SensorService.body(em, bodyCode.get());
                guard.requireForBody(actor, Permission.REGISTRY_READ, b.getId(), b.getCode(), "outdated OS report");
            }
            var query = em.createQuery("select o from MonitoredObject o join fetch o.stateBody b"
                    + " where o.active = true and o.scopeExclusion is null and " + scope.condition("b.id")
                    + (bodyCode.isPresent() ? " and b.code = :c" : "") + " order by b.code, o.id",
                    MonitoredObject.class);
            scope.bind(query);
            bodyCode.ifPresent(c -> query.setParameter("c", c));
            return query.getResultList();
        });
        Map<String, List<MonitoredObject>> byBody = new TreeMap<>();
        objects.forEach(o -> byBody.computeIfAbsent(o.getStateBody().getCode(), k -> new ArrayList<>()).add(o));
        if (bodyCode.isPresent()) {
            byBody.putIfAbsent(bodyCode.get(), List.of());
        }
        List<BodyOutdated> bodies = new ArrayList<>();
        byBody.forEach((code, list) -> {
            List<OutdatedObject> outdated = new ArrayList<>();
            List<UndatedObject> undated = new ArrayList<>();
            for (MonitoredObject o : list) {
                Optional<OsSupportTable.Entry> entry = table.match(o.getOperatingSystem());
                if (entry.isEmpty()) {
                    undated.add(new UndatedObject(o.getId(), o.getHostName(), o.getOperatingSystem(),
                            "not in the end-of-support table"));
                } else if (entry.get().endOfSupport().isEmpty()) {
                    undated.add(new UndatedObject(o.getId(), o.getHostName(), o.getOperatingSystem(),
                            entry.get().product() + ": vendor's date not confirmed"));
                } else if (entry.get().endOfSupport().get().isBefore(today)) {
                    LocalDate end = entry.get().endOfSupport().get();
                    outdated.add(new OutdatedObject(o.getId(), o.getDepartment(), o.getHostName(), o.getIpAddress(),
                            o.getContour(), o.getOperatingSystem(), entry.get().product(), end,
                            ChronoUnit.DAYS.between(end, today)));
                }
            }
            bodies.add(new BodyOutdated(code, list.size(), outdated, undated));
        });
        return new Result(today, table.compiled(), table.sources(), bodies);
    }

    public static Map<String, Object> toJson(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", r.asOf().toString());
        m.put("table_compiled", r.tableCompiled().toString());
        m.put("sources", r.sources());
        m.put("bodies", r.bodies().stream().map(b -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", b.bodyCode());
            x.put("objects_checked", b.objectsChecked());
            x.put("outdated", b.outdated().size());
            x.put("objects", b.outdated().stream().map(o -> {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("id", o.objectId());
                y.put("department", o.department());
                y.put("host_name", o.hostName());
                y.put("ip_address", o.ipAddress());
                y.put("contour", o.contour().name().toLowerCase(java.util.Locale.ROOT));
                y.put("operating_system", o.operatingSystem());
                y.put("product", o.product());
                y.put("end_of_support", o.endOfSupport().toString());
                y.put("days_past", o.daysPast());
                return y;
            }).toList());
            x.put("undated", b.undated().stream().map(u -> {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("id", u.objectId());
                y.put("host_name", u.hostName());
                y.put("operating_system", u.operatingSystem());
                y.put("reason", u.reason());
                return y;
            }).toList());
            return x;
        }).toList());
        return m;
    }
}
