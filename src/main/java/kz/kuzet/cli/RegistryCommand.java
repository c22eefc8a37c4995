package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.OutdatedOsReport;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.SupportWorkService.ActivityView;
import kz.kuzet.registry.SupportWorkService.CollectorView;
import kz.kuzet.registry.SupportWorkService.EventLogView;
import kz.kuzet.registry.SupportWorkService.WorkOrderView;
import kz.kuzet.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "registry", description = "The registry: outdated operating systems, sensors, work orders, event "
        + "logs, collection systems, the coordinator's work; adding event logs and collection systems, the "
        + "monitoring scope (R-5).",
        subcommands = {RegistryCommand.OutdatedOs.class, RegistryCommand.Sensors.class,
                RegistryCommand.WorkOrders.class, RegistryCommand.EventLogs.class, RegistryCommand.Collectors.class,
                RegistryCommand.Coordinator.class, RegistryChanges.AddEventLog.class,
                RegistryChanges.AddCollector.class, RegistryChanges.Scope.class})
final class RegistryCommand {

    @ParentCommand
    KuzetCommand root;

    /**
     * Every registry listing: log in, let the service load what the actor may see (it checks the access and
     * audits a refusal), print it as JSON or text.
     */
    abstract static class Listing<T> implements Callable<Integer> {
        @ParentCommand
        RegistryCommand registry;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;
        @Option(names = "--body", paramLabel = "CODE", description = "Only this state body's (a coordinator: "
                + "only their own).")
        String body;

        /** Whether the listing is always of one state body ({@code --body} required). */
        boolean needsBody() {
            return false;
        }

        abstract T load(Kuzet kuzet, Actor actor);

        abstract Object json(T result);

        abstract void print(T result, PrintWriter out);

        Optional<String> bodyCode() {
            return Optional.ofNullable(body);
        }

        @Override
        public Integer call() {
            if (needsBody() && body == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--body=CODE'");
            }
            try (Kuzet kuzet = registry.root.open()) {
                T result = load(kuzet, registry.root.logIn(kuzet));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(json(result)));
                } else {
                    print(result, out);
                }
                out.flush();
                return 0;
            }
        }
    }

    /** A listing of rows: one JSON object and one text line per row. */
    abstract static class Rows<R> extends Listing<List<R>> {

        abstract Map<String, Object> jsonRow(R row);

        abstract String textRow(R row);

        /** The text listing's heading line, or null for none. */
        String heading() {
            return null;
        }

        @Override
        Object json(List<R> rows) {
            return rows.stream().map(this::jsonRow).toList();
        }

        @Override
        void print(List<R> rows, PrintWriter out) {
            if (heading() != null) {
                out.println(heading());
            }
            rows.forEach(r -> out.println(textRow(r)));
        }
    }

    @Command(name = "outdated-os", description = "Objects past their OS vendor's end of support (R-12.d), per state "
            + "body.")
    static final class OutdatedOs extends Listing<OutdatedOsReport.Result> {

        @Override
        OutdatedOsReport.Result load(Kuzet kuzet, Actor actor) {
            return kuzet.outdatedOs().run(actor, bodyCode());
        }

        @Override
        Object json(OutdatedOsReport.Result r) {
            return OutdatedOsReport.toJson(r);
        }

        @Override
        void print(OutdatedOsReport.Result r, PrintWriter out) {
            out.printf("As of %s (end-of-support table compiled %s)%n", r.asOf(), r.tableCompiled());
            for (OutdatedOsReport.BodyOutdated b : r.bodies()) {
                out.printf("%-8s %5d checked, %5d past end of support, %5d undated%n", b.bodyCode(),
                        b.objectsChecked(), b.outdated().size(), b.undated().size());
                b.outdated().forEach(o -> out.printf("    %-24s %-16s %-26s ended %s%n", o.hostName(), o.ipAddress(),
                        o.operatingSystem(), o.endOfSupport()));
            }
        }
    }

    @Command(name = "sensors", description = "Sensors (event sources, R-6) with their state; silent ones show as "
            + "degraded.")
    static final class Sensors extends Rows<SensorView> {

        @Override
        List<SensorView> load(Kuzet kuzet, Actor actor) {
            return kuzet.sensors().list(actor, bodyCode());
        }

        @Override
        Map<String, Object> jsonRow(SensorView s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("state_body", s.bodyCode());
            m.put("contour", lower(s.contour()));
            m.put("kind", lower(s.kind()));
            m.put("vendor", s.vendor());
            m.put("product", s.product());
            m.put("version", s.productVersion());
            m.put("ip_address", s.ipAddress());
            m.put("installed_by_sts", s.installedBySts());
            m.put("state", lower(s.state()));
            m.put("effective_state", lower(s.effectiveState()));
            m.put("protection_mode", s.protectionMode());
            m.put("expected_interval_min", s.expectedIntervalMinutes());
            m.put("last_seen", text(s.lastSeenAt()));
            return m;
        }

        @Override
        String heading() {
            return String.format("%5s %-8s %-9s %-14s %-28s %-11s %s", "ID", "BODY", "CONTOUR", "KIND", "PRODUCT",
                    "STATE", "LAST SEEN");
        }

        @Override
        String textRow(SensorView s) {
            return String.format("%5d %-8s %-9s %-14s %-28s %-11s %s", s.id(), s.bodyCode(), lower(s.contour()),
                    lower(s.kind()), s.vendor() + " " + s.product(), lower(s.effectiveState()),
                    s.lastSeenAt() == null ? "-" : s.lastSeenAt());
        }
    }

    @Command(name = "work-orders", description = "Installation and support work orders (R-10.1, R-10.2).")
    static final class WorkOrders extends Rows<WorkOrderView> {
        @Option(names = "--open", description = "Only planned and in-progress work.")
        boolean open;

        @Override
        List<WorkOrderView> load(Kuzet kuzet, Actor actor) {
            return kuzet.supportWork().workOrders(actor, bodyCode(), open);
        }

        @Override
        Map<String, Object> jsonRow(WorkOrderView w) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", w.id());
            m.put("state_body", w.bodyCode());
            m.put("sensor_id", w.sensorId());
            m.put("work_type", lower(w.workType()));
            m.put("task", lower(w.task()));
            m.put("status", lower(w.status()));
            m.put("opened_on", text(w.openedOn()));
            m.put("due_on", text(w.dueOn()));
            m.put("done_on", text(w.doneOn()));
            m.put("engineer", w.engineer());
            m.put("notes", w.notes());
            return m;
        }

        @Override
        String textRow(WorkOrderView w) {
            return String.format("%5d %-8s %-13s %-12s %-11s %s %s", w.id(), w.bodyCode(), lower(w.task()),
                    lower(w.workType()), lower(w.status()), w.openedOn(), w.engineer() == null ? "" : w.engineer());
        }
    }

    @Command(name = "event-logs", description = "Event logs per object passed to the NCCC (R-10.3.a); needs --body.")
    static final class EventLogs extends Rows<EventLogView> {

        @Override
        boolean needsBody() {
            return true;
        }

        @Override
        List<EventLogView> load(Kuzet kuzet, Actor actor) {
            return kuzet.supportWork().eventLogs(actor, body);
        }

        @Override
        Map<String, Object> jsonRow(EventLogView l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("object_id", l.objectId());
            m.put("host_name", l.hostName());
            m.put("ip_address", l.ipAddress());
            m.put("log_name", l.logName());
            m.put("passed_from", text(l.passedFrom()));
            return m;
        }

        @Override
        String textRow(EventLogView l) {
            return String.format("%-24s %-16s %s", l.hostName(), l.ipAddress(), l.logName());
        }
    }

    @Command(name = "collectors", description = "Log-collection systems per contour (R-10.3.c).")
    static final class Collectors extends Rows<CollectorView> {

        @Override
        List<CollectorView> load(Kuzet kuzet, Actor actor) {
            return kuzet.supportWork().collectors(actor, bodyCode());
        }

        @Override
        Map<String, Object> jsonRow(CollectorView c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("state_body", c.bodyCode());
            m.put("contour", lower(c.contour()));
            m.put("host_name", c.hostName());
            m.put("ip_address", c.ipAddress());
            m.put("product", c.product());
            m.put("notes", c.notes());
            return m;
        }

        @Override
        String textRow(CollectorView c) {
            return String.format("%-8s %-9s %-24s %-16s %s", c.bodyCode(), lower(c.contour()), c.hostName(),
                    c.ipAddress(), c.product());
        }
    }

    @Command(name = "coordinator", description = "The coordinator's work at a state body (R-11); needs --body.")
    static final class Coordinator extends Rows<ActivityView> {

        @Override
        boolean needsBody() {
            return true;
        }

        @Override
        List<ActivityView> load(Kuzet kuzet, Actor actor) {
            return kuzet.supportWork().activities(actor, body);
        }

        @Override
        Map<String, Object> jsonRow(ActivityView a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("state_body", a.bodyCode());
            m.put("kind", lower(a.kind()));
            m.put("done_on", text(a.doneOn()));
            m.put("author", a.author());
            m.put("description", a.description());
            return m;
        }

        @Override
        String textRow(ActivityView a) {
            return String.format("%s %-30s %-16s %s", a.doneOn(), lower(a.kind()), a.author(), a.description());
        }
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
