package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.ingest.IngestProgress;
import kz.kuzet.ingest.IngestReceipt;
import kz.kuzet.ingest.IngestService;
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
    @Option(names = "--zone", paramLabel = "ZONE",
            description = "IANA time zone of RFC 3164 syslog times, which carry none (default: the configured one,"
                    + " Asia/Almaty).")
    String zone;
    @Parameters(paramLabel = "FILE|-", arity = "0..*", description = "Files to ingest, or - for standard input.")
    List<String> files = new ArrayList<>();

    private IngestText text;

    @Override
    public Integer call() throws InterruptedException {
        text = new IngestText(root.language());
        if (watch == null && files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("usage.noInput"));
        }
        if (watch != null && !files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("usage.both"));
        }
        ZoneId syslogZone = zone == null ? null : ParseCommand.zone(spec, text, zone);
        PrintWriter out = spec.commandLine().getOut();
        try (Kuzet kuzet = root.open()) {
            Actor actor = root.logIn(kuzet);
            kuzet.access().require(actor, Permission.DATA_IMPORT); // before watching a folder, too
            String auditActor = actor.name();
            IngestService ingest = syslogZone == null ? kuzet.ingest() : kuzet.ingest().withSyslogZone(syslogZone);
            if (watch != null) {
                if (!Files.isDirectory(watch)) {
                    throw new CommandFailure(text.get("folder.missing", watch));
                }
                IngestWatcher watcher = new IngestWatcher(ingest, kuzet.database().dataSource(), watch,
                        format, auditActor);
                out.println(text.get("watch.started", watch.toAbsolutePath()));
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
                        throw new CommandFailure(text.get("file.missing", f));
                    }
                    sources.add(IngestSource.file(p));
                }
            }
            IngestProgress progress = progress(sources);
            IngestReceipt receipt;
            try {
                receipt = ingest.ingest(sources, format, actor, progress);
            } catch (IngestService.SourceUnreadable e) {
                throw new CommandFailure(text.get("file.unreadable", e.source(), e.getCause().getMessage()));
            }
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
            out.println(text.get("receipt.title", what, String.valueOf(r.runId())));
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"receipt.read", text.count(r.read()), ""});
            lines.add(new String[] {"receipt.stored", text.count(r.stored()),
                    text.get("receipt.stored.note", text.count(r.unattributed()))});
            lines.add(new String[] {"receipt.duplicates", text.count(r.duplicates()),
                    text.get("receipt.duplicates.note", text.count(r.folded()))});
            lines.add(new String[] {"receipt.quarantined", text.count(r.quarantined()), ""});
            lines.add(new String[] {"receipt.refused", text.count(r.refused()), text.get("receipt.refused.note")});
            if (r.otherEvents() > 0) {
                lines.add(new String[] {"receipt.other", text.count(r.otherEvents()),
                        text.get("receipt.other.note", r.otherEventTypes().toString())});
            }
            int width = lines.stream().mapToInt(l -> text.get(l[0]).length()).max().orElse(0);
            for (String[] l : lines) {
                String label = text.get(l[0]);
                out.println(("  " + label + " ".repeat(width - label.length()) + " " + " ".repeat(
                        Math.max(0, 12 - l[1].length())) + l[1] + (l[2].isEmpty() ? "" : "   " + l[2])).stripTrailing());
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
            err.print("\r" + bar + text.get("progress", text.count(read), text.count(stored)));
            err.flush();
        };
    }
}
