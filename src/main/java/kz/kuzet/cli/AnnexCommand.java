package kz.kuzet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.AnnexService.CommitResult;
import kz.kuzet.registry.AnnexService.ImportPreview;
import kz.kuzet.registry.AnnexService.QuarterStatus;
import kz.kuzet.registry.annex.AnnexComparison;
import kz.kuzet.registry.annex.AnnexError;
import kz.kuzet.registry.annex.AnnexLimits;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "annex", description = "The quarterly annex of monitored objects (R-12.c).",
        subcommands = {AnnexCommand.Import.class, AnnexCommand.Missing.class, AnnexCommand.Show.class,
                AnnexCommand.Export.class, AnnexCommand.Print.class})
final class AnnexCommand {

    @ParentCommand
    KuzetCommand root;

    /** A quarter given on the command line, or a usage error (exit 2) saying how to write it. */
    static String quarter(CommandSpec spec, String text) {
        try {
            return kz.kuzet.registry.Quarter.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }


    @Command(name = "import", description = "Reads and checks a state body's annex (XLSX or CSV); writes it only "
            + "with --commit.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        AnnexCommand annex;
        @Spec
        CommandSpec spec;
        @Option(names = "--body", required = true, paramLabel = "CODE", description = "State body code.")
        String body;
        @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn", description = "e.g. 2026-Q3")
        String quarter;
        @Parameters(index = "0", paramLabel = "FILE", description = "The annex: .xlsx, or .csv in UTF-8.")
        Path file;
        @Option(names = "--commit", description = "Write the annex and update the body's monitored objects.")
        boolean commit;
        @Option(names = "--skip-invalid", description = "With --commit: write the valid rows even if others have "
                + "errors (the invalid rows are left out).")
        boolean skipInvalid;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            quarter = quarter(spec, quarter);
            byte[] content = readFile(file);
            try (Kuzet kuzet = annex.root.open()) {
                Actor who = annex.root.logIn(kuzet);
                ImportPreview preview = kuzet.annexes().preview(who, body, quarter, file.getFileName().toString(),
                        content);
                CommitResult result = null;
                String refusal = null;
                if (commit) {
                    if (preview.hasErrors() && !skipInvalid) {
                        refusal = "The annex has " + preview.errors().size() + " error(s); nothing was written. Fix "
                                + "them, or add --skip-invalid to write only the " + preview.valid() + " valid row(s).";
                    } else {
                        result = kuzet.annexes().commit(who, preview, skipInvalid);
                    }
                }
                print(spec.commandLine().getOut(), preview, result);
                if (refusal != null) {
                    throw new CommandFailure(refusal);
                }
                return 0;
            }
        }

        private void print(PrintWriter out, ImportPreview p, CommitResult result) {
            AnnexComparison c = p.comparison();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("state_body", p.bodyCode());
                m.put("quarter", p.quarter().toString());
                m.put("file", p.sourceName());
                m.put("sha256", p.sha256());
                m.put("rows", p.rows());
                m.put("valid", p.valid());
                m.put("errors", p.errors().stream().map(AnnexCommand::error).toList());
                m.put("added", c.added().size());
                m.put("removed", c.removed().size());
                m.put("changed", c.changed().size());
                m.put("compared_with", p.comparedWith());
                m.put("comparison", c.toJson());
                m.put("committed", result != null);
                if (result != null) {
                    m.put("submission_id", result.submissionId());
                    m.put("registry_updated", result.registryUpdated());
                    m.put("objects_added", result.objectsAdded());
                    m.put("objects_updated", result.objectsUpdated());
                    m.put("objects_retired", result.objectsRetired());
                }
                out.println(Json.write(m));
            } else {
                out.printf("%s %s, %s: %d row(s), %d valid, %d error(s)%n", p.bodyCode(), p.quarter(), p.sourceName(),
                        p.rows(), p.valid(), p.errors().size());
                for (AnnexError e : p.errors()) {
                    out.printf("  %-8s %s%n", e.cell(), e.reason());
                }
                out.printf("Compared with %s: %d added, %d removed, %d changed%n", p.comparedWith(), c.added().size(),
                        c.removed().size(), c.changed().size());
                if (result != null) {
                    out.printf("Committed as submission %d; registry: %d added, %d updated, %d retired.%n",
                            result.submissionId(), result.objectsAdded(), result.objectsUpdated(),
                            result.objectsRetired());
                } else if (!commit) {
                    out.println("Nothing written (add --commit to write it).");
                }
            }
            out.flush();
        }
    }

    @Command(name = "missing", description = "The quarterly clock: state bodies that have not given the quarter's "
            + "annex.")
    static final class Missing implements Callable<Integer> {
        @ParentCommand
        AnnexCommand annex;
        @Spec
        CommandSpec spec;
        @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "Default: the current quarter.")
        String quarter;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Kuzet kuzet = annex.root.open()) {
                Actor who = annex.root.logIn(kuzet);
                AnnexService annexes = kuzet.annexes();
                String q = quarter != null ? quarter(spec, quarter) : annexes.currentQuarter().toString();
                QuarterStatus status = annexes.quarterStatus(who, q);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("quarter", status.quarter().toString());
                    m.put("due", status.due().toString());
                    m.put("overdue", !kuzet.clock().instant().isBefore(status.due()));
                    m.put("submitted", List.copyOf(status.submitted()));
                    m.put("missing", status.missing());
                    out.println(Json.write(m));
                } else {
                    out.printf("Quarter %s (due %s): %d submitted, %d missing%n", status.quarter(), status.due(),
                            status.submitted().size(), status.missing().size());
                    status.missing().forEach(code -> out.println("  " + code));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Prints a body's committed annex for a quarter and what changed since the "
            + "previous one.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AnnexCommand annex;
        @Spec
        CommandSpec spec;
        @Option(names = "--body", required = true, paramLabel = "CODE")
        String body;
        @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn")
        String quarter;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Kuzet kuzet = annex.root.open()) {
                Actor who = annex.root.logIn(kuzet);
                AnnexService.Submission s = kuzet.annexes().latest(who, body, quarter).orElseThrow(
                        () -> new CommandFailure("State body '" + body + "' has no committed annex for " + quarter
                                + "."));
                AnnexComparison c = kuzet.annexes().compareWithPrevious(who, body, quarter).orElseThrow();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("state_body", body);
                    m.put("quarter", s.quarter().toString());
                    m.put("submission_id", s.id());
                    m.put("received", s.receivedAt().toString());
                    m.put("file", s.sourceName());
                    m.put("sha256", s.sha256());
                    m.put("rows", s.lines().stream().map(AnnexCommand::line).toList());
                    m.put("comparison", c.toJson());
                    out.println(Json.write(m));
                } else {
                    out.printf("%s %s: %d row(s), received %s from %s%n", body, s.quarter(), s.lines().size(),
                            s.receivedAt(), s.sourceName());
                    for (AnnexLine l : s.lines()) {
                        out.printf("  %-8s %-24s %-16s %s%n", l.contour().name().toLowerCase(Locale.ROOT), l.host(),
                                l.ip(), l.os());
                    }
                    out.printf("Since the previous quarter: %d added, %d removed, %d changed%n", c.added().size(),
                            c.removed().size(), c.changed().size());
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Saves a body's committed annex in the official form as XLSX.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        AnnexCommand annex;
        @Spec
        CommandSpec spec;
        @Option(names = "--body", required = true, paramLabel = "CODE")
        String body;
        @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn")
        String quarter;
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            try (Kuzet kuzet = annex.root.open()) {
                Actor who = annex.root.logIn(kuzet);
                Path tmp = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".annex", ".xlsx");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    kuzet.annexes().exportXlsx(who, body, quarter, annex.root.language(), out);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getOut().println("Saved " + outFile);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "print", description = "Saves a body's committed annex in the official form as a PDF, ready to "
            + "print; --lang kk or ru chooses the form's language.")
    static final class Print implements Callable<Integer> {
        @ParentCommand
        AnnexCommand annex;
        @Spec
        CommandSpec spec;
        @Option(names = "--body", required = true, paramLabel = "CODE")
        String body;
        @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn")
        String quarter;
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path outFile;

        @Override
        public Integer call() {
            quarter = quarter(spec, quarter);
            String language = annex.root.language();
            if (!kz.kuzet.report.AnnexPrint.LANGUAGES.contains(language)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "The official form is printed "
                        + "in Kazakh or Russian: give --lang kk or --lang ru.");
            }
            try (Kuzet kuzet = annex.root.open()) {
                Actor who = annex.root.logIn(kuzet);
                byte[] pdf = kuzet.annexPrint().pdf(who, body, quarter, language);
                ReportCommand.write(outFile, pdf);
                spec.commandLine().getOut().printf("Annex %s %s (%s) saved to %s%n", body, quarter, language, outFile);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    static byte[] readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("No such file: " + file);
        }
        if (Files.size(file) > AnnexLimits.MAX_FILE_BYTES) {
            throw new CommandFailure("'" + file.getFileName() + "' is larger than "
                    + AnnexLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB; an annex file may not be that big.");
        }
        return Files.readAllBytes(file);
    }

    static Map<String, Object> error(AnnexError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", e.row());
        m.put("column", e.column());
        m.put("reason", e.reason());
        return m;
    }

    static Map<String, Object> line(AnnexLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", l.row());
        m.putAll(l.comparable());
        m.put("body_name", l.bodyName());
        return m;
    }
}
