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
import kz.kuzet.security.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "registry", description = "The registry: outdated operating systems, sensors, work orders, event "
        + "logs, collection systems, the coordinator's work.",
        subcommands = {RegistryCommand.OutdatedOs.class, RegistryCommand.Sensors.class,
                RegistryCommand.WorkOrders.class, RegistryCommand.EventLogs.class, RegistryCommand.Collectors.class,
                RegistryCommand.Coordinator.class})
final class RegistryCommand {

    @ParentCommand
    KuzetCommand root;

    /** Common shape of the listing commands: open, list, print as JSON or a table. */
    abstract static class Listing implements Callable<Integer> {
        @ParentCommand
        RegistryCommand registry;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;
        /** Who runs the command (logged in before the listing runs). */
        Actor actor;

        /** The state body the listing is limited to, or null for all of them. */
        abstract String body();

        abstract Object jsonOf(Kuzet kuzet);

        abstract void printText(Kuzet kuzet, PrintWriter out);

        /** Whether the service itself checks the actor's access (then the command does not repeat it). */
        boolean checkedByService() {
            return false;
        }

        @Override
        public Integer call() {
            try (Kuzet kuzet = registry.root.open()) {
                actor = registry.root.logIn(kuzet);
                if (!checkedByService()) {
                    RegistryAccess.check(kuzet, actor, Permission.REGISTRY_READ, body(), "read the registry");
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(jsonOf(kuzet)));
                } else {
                    printText(kuzet, out);
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "outdated-os", description = "Objects past their OS vendor's end of support (R-12.d), per state "
            + "body.")
    static final class OutdatedOs extends Listing {
        @Option(names = "--body", paramLabel = "CODE")
        String body;

        @Override
        String body() {
            return body;
        }

        @Override
        boolean checkedByService() {
            return true;
        }

        @Override
        Object jsonOf(Kuzet kuzet) {
            return OutdatedOsReport.toJson(kuzet.outdatedOs().run(actor, Optional.ofNullable(body)));
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            OutdatedOsReport.Result r = kuzet.outdatedOs().run(actor, Optional.ofNullable(body));
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
    static final class Sensors extends Listing {
        @Option(names = "--body", paramLabel = "CODE")
        String body;

        @Override
        String body() {
            return body;
        }

        @Override
        boolean checkedByService() {
            return true;
        }

        @Override
        Object jsonOf(Kuzet kuzet) {
            return kuzet.sensors().list(actor, Optional.ofNullable(body)).stream().map(Sensors::json).toList();
        }

        static Map<String, Object> json(SensorView s) {
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
            m.put("last_seen", s.lastSeenAt() == null ? null : s.lastSeenAt().toString());
            return m;
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            out.printf("%5s %-8s %-9s %-14s %-28s %-11s %s%n", "ID", "BODY", "CONTOUR", "KIND", "PRODUCT", "STATE",
                    "LAST SEEN");
            for (SensorView s : kuzet.sensors().list(actor, Optional.ofNullable(body))) {
                out.printf("%5d %-8s %-9s %-14s %-28s %-11s %s%n", s.id(), s.bodyCode(), lower(s.contour()),
                        lower(s.kind()), s.vendor() + " " + s.product(), lower(s.effectiveState()),
                        s.lastSeenAt() == null ? "-" : s.lastSeenAt());
            }
        }
    }

    @Command(name = "work-orders", description = "Installation and support work orders (R-10.1, R-10.2).")
    static final class WorkOrders extends Listing {
        @Option(names = "--body", paramLabel = "CODE")
        String body;

        @Override
        String body() {
            return body;
        }
        @Option(names = "--open", description = "Only planned and in-progress work.")
        boolean open;

        @Override
        Object jsonOf(Kuzet kuzet) {
            return list(kuzet).stream().map(w -> {
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
            }).toList();
        }

        private List<WorkOrderView> list(Kuzet kuzet) {
            return kuzet.supportWork().workOrders(Optional.ofNullable(body), open);
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            for (WorkOrderView w : list(kuzet)) {
                out.printf("%5d %-8s %-13s %-12s %-11s %s %s%n", w.id(), w.bodyCode(), lower(w.task()),
                        lower(w.workType()), lower(w.status()), w.openedOn(), w.engineer() == null ? "" : w.engineer());
            }
        }
    }

    @Command(name = "event-logs", description = "Event logs per object passed to the NCCC (R-10.3.a).")
    static final class EventLogs extends Listing {
        @Option(names = "--body", paramLabel = "CODE", required = true)
        String body;

        @Override
        String body() {
            return body;
        }

        @Override
        Object jsonOf(Kuzet kuzet) {
            return kuzet.supportWork().eventLogs(body).stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("object_id", l.objectId());
                m.put("host_name", l.hostName());
                m.put("ip_address", l.ipAddress());
                m.put("log_name", l.logName());
                m.put("passed_from", text(l.passedFrom()));
                return m;
            }).toList();
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            for (EventLogView l : kuzet.supportWork().eventLogs(body)) {
                out.printf("%-24s %-16s %s%n", l.hostName(), l.ipAddress(), l.logName());
            }
        }
    }

    @Command(name = "collectors", description = "Log-collection systems per contour (R-10.3.c).")
    static final class Collectors extends Listing {
        @Option(names = "--body", paramLabel = "CODE")
        String body;

        @Override
        String body() {
            return body;
        }

        @Override
        Object jsonOf(Kuzet kuzet) {
            return kuzet.supportWork().collectors(Optional.ofNullable(body)).stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("state_body", c.bodyCode());
                m.put("contour", lower(c.contour()));
                m.put("host_name", c.hostName());
                m.put("ip_address", c.ipAddress());
                m.put("product", c.product());
                m.put("notes", c.notes());
                return m;
            }).toList();
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            for (CollectorView c : kuzet.supportWork().collectors(Optional.ofNullable(body))) {
                out.printf("%-8s %-9s %-24s %-16s %s%n", c.bodyCode(), lower(c.contour()), c.hostName(),
                        c.ipAddress(), c.product());
            }
        }
    }

    @Command(name = "coordinator", description = "The coordinator's work at a state body (R-11).")
    static final class Coordinator extends Listing {
        @Option(names = "--body", paramLabel = "CODE", required = true)
        String body;

        @Override
        String body() {
            return body;
        }

        @Override
        Object jsonOf(Kuzet kuzet) {
            return kuzet.supportWork().activities(body).stream().map(a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("state_body", a.bodyCode());
                m.put("kind", lower(a.kind()));
                m.put("done_on", text(a.doneOn()));
                m.put("author", a.author());
                m.put("description", a.description());
                return m;
            }).toList();
        }

        @Override
        void printText(Kuzet kuzet, PrintWriter out) {
            for (ActivityView a : kuzet.supportWork().activities(body)) {
                out.printf("%s %-30s %-16s %s%n", a.doneOn(), lower(a.kind()), a.author(), a.description());
            }
        }
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
