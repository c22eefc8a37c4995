package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "clocks", description = {
        "The regulation's clocks (R-10.3.g, R-12.e, R-10.3.k) of a stored record, or of facts given here "
                + "(no database needed).",
        "Instants are ISO-8601 with any offset (2026-07-12T10:00:00+05:00, 2026-07-12T05:00:00Z); "
                + "without an offset they are read in Asia/Almaty."})
final class ClocksCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RECORD_ID", description = "A stored record's id.")
    Long recordId;

    @Option(names = "--kind", paramLabel = "incident|event|false_positive", description = "The record's kind.")
    String kind;
    @Option(names = "--detected", paramLabel = "T", description = "Detection instant.")
    String detected;
    @Option(names = "--sb-notice", paramLabel = "T", description = "Notice to the state body sent.")
    String sbNotice;
    @Option(names = "--sb-notice-received", paramLabel = "T", description = "The state body's receipt of it.")
    String sbNoticeReceived;
    @Option(names = "--knb-notice", paramLabel = "T", description = "Notice to KNB sent.")
    String knbNotice;
    @Option(names = "--sb-report", paramLabel = "T", description = "The state body's report recorded (R-12.e).")
    String sbReport;
    @Option(names = "--eliminated", paramLabel = "T", description = "Causes and consequences eliminated.")
    String eliminated;
    @Option(names = "--escalation-notice", paramLabel = "T", description = "Escalation notice sent (R-10.3.k).")
    String escalationNotice;
    @Option(names = "--at", paramLabel = "T", description = "Evaluate as of this instant (default: now).")
    String at;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Instant asOf = at == null ? root.clock.instant() : instant("--at", at);
        ClockBoard board;
        if (recordId != null) {
            if (kind != null || detected != null) {
                throw usage("Give either RECORD_ID or the facts (--kind, --detected, …), not both.");
            }
            try (Kuzet kuzet = root.open()) {
                RecordSummary record = kuzet.records().find(root.logIn(kuzet), recordId)
                        .orElseThrow(() -> new CommandFailure("No record with id " + recordId
                                + ". List them with 'kuzet records'."));
                board = RegulationClocks.evaluate(record.facts(), asOf);
            }
        } else {
            board = RegulationClocks.evaluate(factsFromOptions(), asOf);
        }
        print(board);
        return 0;
    }

    private ClockFacts factsFromOptions() {
        if (kind == null || detected == null) {
            throw usage("Give a RECORD_ID, or --kind and --detected (and the other facts that happened).");
        }
        RecordKind recordKind;
        try {
            recordKind = RecordKind.fromId(kind);
        } catch (IllegalArgumentException e) {
            throw usage("Unknown --kind '" + kind + "': use incident, event or false_positive.");
        }
        return new ClockFacts(recordKind, instant("--detected", detected), instant("--sb-notice", sbNotice),
                instant("--sb-notice-received", sbNoticeReceived), instant("--knb-notice", knbNotice),
                instant("--sb-report", sbReport), instant("--eliminated", eliminated),
                instant("--escalation-notice", escalationNotice));
    }

    private Instant instant(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instants.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void print(ClockBoard board) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ClockJson.board(board)));
        } else {
            out.printf("As of %s%n", Instants.display(board.at()));
            for (ClockStatus c : board.clocks()) {
                out.printf("  %-11s %-15s due %-25s %s%n", c.name().id(), c.state().id(),
                        c.due() == null ? "-" : Instants.display(c.due()), Durations.compact(c.remaining()));
            }
            out.printf("Headline: %s%n", board.headline().map(c -> c.name().id()).orElse("none"));
        }
        out.flush();
    }
}
