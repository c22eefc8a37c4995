package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.incident.RecordSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "records", description = "Lists records (CS events, incidents, false positives) with their clocks.")
final class RecordsCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--open", description = "Only records that are not closed.")
    boolean openOnly;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            List<RecordSummary> records = kuzet.records().list(root.logIn(kuzet), openOnly);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(records.stream().map(r -> toJson(r, kuzet.clocks().now(r.facts()))).toList()));
            } else {
                out.printf("%6s %-15s %-11s %-8s %-10s %-11s %10s  %s%n", "ID", "KIND", "STATUS", "SEVERITY",
                        "BODY", "HEADLINE", "LEFT", "TITLE");
                for (RecordSummary r : records) {
                    ClockBoard board = kuzet.clocks().now(r.facts());
                    ClockStatus headline = board.headline().orElse(null);
                    out.printf("%6d %-15s %-11s %-8s %-10s %-11s %10s  %s%n", r.id(), r.kind().id(),
                            r.status().name().toLowerCase(Locale.ROOT), r.severity(), r.bodyCode(),
                            headline == null ? "-" : headline.name().id(),
                            headline == null ? "" : Durations.compact(headline.remaining()), r.title());
                }
            }
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> toJson(RecordSummary r, ClockBoard board) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().id());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("severity", r.severity().name().toLowerCase(Locale.ROOT));
        m.put("category", r.category().name().toLowerCase(Locale.ROOT));
        m.put("state_body", r.bodyCode());
        m.put("title", r.title());
        m.put("assignee", r.assignee());
        m.put("detected", r.facts().detected().toString());
        ClockStatus headline = board.headline().orElse(null);
        m.put("headline", headline == null ? null : ClockJson.clock(headline));
        m.put("clocks", ClockJson.clocks(board));
        return m;
    }
}
