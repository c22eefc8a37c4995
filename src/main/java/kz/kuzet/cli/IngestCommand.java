package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.ingest.IngestProgress;
import kz.kuzet.ingest.IngestReceipt;
import kz.kuzet.ingest.IngestSource;
import kz.kuzet.ingest.IngestWatcher;
import kz.kuzet.ingest.parse.Format;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Takes detections into the central database and prints the receipt:"
        + " read = stored + duplicates + quarantined + refused. Needs a log-in with the data import right.")
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "The input's format (default: detected per record).")
    Format format;
    @Option(names = "--json", description = "Print the receipt as JSON.")
    boolean json;
    @Option(names = "--watch", paramLabel = "DIR",
            description = "Keep taking new files dropped into DIR, each once, until stopped (Ctrl+C).")
    Path watch;
    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often --watch looks for new files (default: ${DEFAULT-VALUE} s).")
    int pollSeconds;
    @Parameters(paramLabel = "FILE|-", arity = "0..*", description = "Files to ingest, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        if (watch == null && files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Name at least one FILE (or - for standard input), or a folder with --watch DIR.");
        }
        if (watch != null && !files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Use either FILE... or --watch DIR, not both.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Kuzet kuzet = root.open()) {
            Actor actor = root.logIn(kuzet);
            kuzet.access().require(actor, Permission.DATA_IMPORT);
            String auditActor = actor.name();
            if (watch != null) {
                if (!Files.isDirectory(watch)) {
                    throw new CommandFailure("No such folder: " + watch + ". Create it or check the path.");
                }
                IngestWatcher watcher = new IngestWatcher(kuzet.ingest(), kuzet.database().dataSource(), watch,
                        format, auditActor);
                out.println("Watching " + watch.toAbsolutePath() + " for new files (Ctrl+C stops)...");
                out.flush();
                watcher.run(Duration.ofSeconds(Math.max(1, pollSeconds)), () -> true,
                        (file, receipt) -> print(out, file.toString(), receipt));
                return 0;
            }
            List<IngestSource> sources = new ArrayList<>();
            for (String f : files) {
                if ("-".equals(f)) {
                    sources.add(new IngestSource("-", () -> System.in));
                } else {
                    Path p = Path.of(f);
                    if (!Files.isRegularFile(p)) {
                        throw new CommandFailure("No such file: " + f + ". Check the path.");
                    }
                    sources.add(IngestSource.file(p));
                }
            }
            IngestProgress progress = progress(sources);
            IngestReceipt receipt = kuzet.ingest().ingest(sources, format, auditActor, progress);
            if (progress != IngestProgress.NONE) {
                spec.commandLine().getErr().println();
            }
            print(out, String.join(", ", files), receipt);
            return 0;
        }
    }

    private void print(PrintWriter out, String what, IngestReceipt r) {
        if (json) {
            out.println(Json.write(r.toJson()));
        } else {
            out.printf("Ingested %s (receipt %d)%n", what, r.runId());
            out.printf("  read          %,12d%n", r.read());
            out.printf("  stored        %,12d   of which unattributed %,d%n", r.stored(), r.unattributed());
            out.printf("  duplicates    %,12d   of which folded repeats %,d%n", r.duplicates(), r.folded());
            out.printf("  quarantined   %,12d%n", r.quarantined());
            out.printf("  refused       %,12d   (objects out of scope, R-5)%n", r.refused());
            if (r.otherEvents() > 0) {
                out.printf("  other events  %,12d   not detections: %s%n", r.otherEvents(), r.otherEventTypes());
            }
        }
        out.flush();
    }

    private IngestProgress progress(List<IngestSource> sources) {
        if (json || System.console() == null) {
            return IngestProgress.NONE;
        }
        long total = 0;
        for (IngestSource s : sources) {
            try {
                total += "-".equals(s.name()) ? 0 : Files.size(Path.of(s.name()));
            } catch (java.io.IOException e) {
                total = 0;
            }
        }
        long size = total;
        PrintWriter err = spec.commandLine().getErr();
        long[] lastPrint = {0};
        return (read, stored, bytes) -> {
            long now = System.nanoTime();
            if (now - lastPrint[0] < 200_000_000L) {
                return;
            }
            lastPrint[0] = now;
            String bar = "";
            if (size > 0) {
                int filled = (int) Math.min(30, bytes * 30 / size);
                bar = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] ";
            }
            err.printf("\r%sread %,d  stored %,d", bar, read, stored);
            err.flush();
        };
    }
}
