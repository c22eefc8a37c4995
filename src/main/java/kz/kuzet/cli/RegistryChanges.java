package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ObjectRegistry.ObjectView;
import kz.kuzet.registry.ScopeExclusion;
import kz.kuzet.registry.ScopePolicy;
import kz.kuzet.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The registry's changes from the command line: event logs, collection systems, monitoring scope. */
final class RegistryChanges {

    private RegistryChanges() {
    }

    /**
     * Every registry change: log in, let the service check the access, change and audit, print what was stored
     * as JSON or as one line.
     */
    abstract static class Change implements Callable<Integer> {
        @ParentCommand
        RegistryCommand registry;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        /** Checks the options before anything is opened; throws a {@link ParameterException} on bad usage. */
        void checkUsage() {
        }

        abstract Map<String, Object> apply(Kuzet kuzet, Actor actor);

        abstract String line(Map<String, Object> result);

        ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        @Override
        public Integer call() {
            checkUsage();
            try (Kuzet kuzet = registry.root.open()) {
                Map<String, Object> result = apply(kuzet, registry.root.logIn(kuzet));
                PrintWriter out = spec.commandLine().getOut();
                out.println(json ? Json.write(result) : line(result));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "add-event-log", description = "Add an event log an object passes to the NCCC (R-10.3.a).")
    static final class AddEventLog extends Change {
        @Option(names = "--object", required = true, paramLabel = "ID", description = "The monitored object's id.")
        long objectId;
        @Option(names = "--log", required = true, paramLabel = "NAME",
                description = "The event log, e.g. Security, Microsoft-Windows-Sysmon/Operational, auth.log.")
        String logName;
        @Option(names = "--from", paramLabel = "DATE", description = "Passed to the NCCC since (2026-10-01).")
        LocalDate passedFrom;

        @Override
        Map<String, Object> apply(Kuzet kuzet, Actor actor) {
            long id = kuzet.supportWork().addEventLog(actor, objectId, logName, passedFrom);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("object_id", objectId);
            m.put("log_name", logName.trim());
            m.put("passed_from", RegistryCommand.text(passedFrom));
            return m;
        }

        @Override
        String line(Map<String, Object> r) {
            return "Event log " + r.get("id") + " added: \"" + r.get("log_name") + "\" of object " + objectId + ".";
        }
    }

    @Command(name = "add-collector", description = "Add a log-collection system in a state body's contour "
            + "(R-10.3.c).")
    static final class AddCollector extends Change {
        @Option(names = "--body", required = true, paramLabel = "CODE", description = "The state body.")
        String body;
        @Option(names = "--contour", required = true, paramLabel = "internal|external",
                description = "The network contour it serves.")
        Contour contour;
        @Option(names = "--host", paramLabel = "NAME", description = "Its network name.")
        String host;
        @Option(names = "--ip", paramLabel = "IP", description = "Its IP address.")
        String ip;
        @Option(names = "--product", paramLabel = "TEXT", description = "The collection product.")
        String product;
        @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
        String notes;

        @Override
        void checkUsage() {
            if ((host == null || host.isBlank()) && (ip == null || ip.isBlank())) {
                throw usage("Give the collection system's --host or --ip (or both).");
            }
        }

        @Override
        Map<String, Object> apply(Kuzet kuzet, Actor actor) {
            long id = kuzet.supportWork().addCollector(actor, body, contour, host, ip, product, notes);
            return kuzet.supportWork().collectors(actor, java.util.Optional.of(body)).stream()
                    .filter(c -> c.id() == id).findFirst().map(c -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", c.id());
                        m.put("state_body", c.bodyCode());
                        m.put("contour", RegistryCommand.lower(c.contour()));
                        m.put("host_name", c.hostName());
                        m.put("ip_address", c.ipAddress());
                        m.put("product", c.product());
                        m.put("notes", c.notes());
                        return m;
                    }).orElseThrow();
        }

        @Override
        String line(Map<String, Object> r) {
            return "Collection system " + r.get("id") + " added to " + r.get("state_body") + " (" + r.get("contour")
                    + " contour).";
        }
    }

    @Command(name = "scope", description = "Mark an object as never to be monitored (R-5), with the clause and the "
            + "reason, or bring it back into scope.")
    static final class Scope extends Change {
        @Option(names = "--object", required = true, paramLabel = "ID", description = "The monitored object's id.")
        long objectId;
        @Option(names = "--exclude", paramLabel = "CLAUSE", description = "Out of scope under R-5: "
                + "state_secrets (1), special_network (2) or national_bank_not_integrated (3).")
        ScopeExclusion exclude;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, e.g. the letter that classifies it "
                + "(required with --exclude).")
        String reason;
        @Option(names = "--include", description = "Bring the object back into the scope of monitoring.")
        boolean include;

        @Override
        void checkUsage() {
            if ((exclude == null) == !include) {
                throw usage("Give either --exclude CLAUSE --reason TEXT or --include.");
            }
            if (exclude != null && (reason == null || reason.isBlank())) {
                throw usage("--exclude needs --reason TEXT: why the object is out of scope, e.g. the letter that "
                        + "classifies it.");
            }
            if (include && reason != null) {
                throw usage("--reason goes with --exclude only.");
            }
        }

        @Override
        Map<String, Object> apply(Kuzet kuzet, Actor actor) {
            ObjectView before = kuzet.objects().get(actor, objectId);
            kuzet.objects().setExclusion(actor, objectId, before.version(), exclude, reason);
            ObjectView o = kuzet.objects().get(actor, objectId);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("state_body", o.bodyCode());
            m.put("host_name", o.hostName());
            m.put("ip_address", o.ipAddress());
            m.put("in_scope", o.exclusion() == null);
            m.put("exclusion", RegistryCommand.lower(o.exclusion()));
            m.put("reason", o.reason());
            return m;
        }

        @Override
        String line(Map<String, Object> r) {
            String name = r.get("host_name") != null ? (String) r.get("host_name") : (String) r.get("ip_address");
            return "Object " + r.get("id") + " (" + name + ") is " + (exclude == null
                    ? "back in the scope of monitoring."
                    : "out of the scope of monitoring: " + ScopePolicy.clause(exclude) + ": " + r.get("reason"));
        }
    }
}
