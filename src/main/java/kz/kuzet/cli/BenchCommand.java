package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.report.Quarter;
import kz.kuzet.report.QuarterlySummary;
import kz.kuzet.report.SummaryBenchmark;
import kz.kuzet.report.SummaryKind;
import kz.kuzet.store.DatabaseSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measures how long heavy work takes; prints figures.",
        subcommands = {BenchCommand.Report.class, BenchIngestCommand.class, BenchUiCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to measure: kuzet bench report, kuzet bench ingest or kuzet bench ui");
    }

    @Command(name = "report", description = "Renders a quarterly summary of a synthetic quarter in a scratch "
            + "in-memory database (your database is not touched).")
    static final class Report implements Callable<Integer> {

        @ParentCommand
        BenchCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--records", defaultValue = "20000", description = "Records in the quarter (default ${DEFAULT-VALUE}).")
        int records;
        @Option(names = "--bodies", defaultValue = "200", description = "State bodies (default ${DEFAULT-VALUE}).")
        int bodies;
        @Option(names = "--kind", defaultValue = "sts-knb", description = "sts-knb or knb-auth (default ${DEFAULT-VALUE}).")
        String kind;
        @Option(names = "--repeat", defaultValue = "1", description = "Measured renders after the warm-up one; "
                + "the figure is their median (default ${DEFAULT-VALUE}).")
        int repeat;
        @Option(names = "--out", description = "Also save the PDF here.")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (repeat < 1) {
                throw new CommandFailure("--repeat must be 1 or more (it was " + repeat + ").");
            }
            Quarter q = Quarter.parse("2026-Q3");
            Clock clock = Clock.fixed(Instant.parse("2026-10-05T05:00:00Z"), java.time.ZoneOffset.UTC);
            String language = parent.root.language().equals("ru") ? "ru" : "kk";
            PrintWriter w = spec.commandLine().getOut();
            try (Kuzet kuzet = Kuzet.open(DatabaseSettings.inMemory("kuzet_bench_" + System.nanoTime()), clock)) {
                long fillStart = System.nanoTime();
                SummaryBenchmark.fill(kuzet.database().dataSource(), q, bodies, records, 229);
                long fillMillis = (System.nanoTime() - fillStart) / 1_000_000;
                // a scratch database of synthetic data: the benchmark acts as itself, not as a user
                Actor bench = Actor.system("benchmark");
                // first render warms up the template compiler and fonts; the figure is the second one
                kuzet.quarterly().pdf(bench, kuzet.quarterly().compute(bench, q, SummaryKind.of(kind)), language,
                        null);
                long[] computeMillis = new long[repeat];
                long[] renderMillis = new long[repeat];
                long[] cpuMillis = new long[repeat];
                QuarterlySummary summary = null;
                byte[] pdf = null;
                for (int run = 0; run < repeat; run++) {
                    long cpu0 = processCpu();
                    long t0 = System.nanoTime();
                    summary = kuzet.quarterly().compute(bench, q, SummaryKind.of(kind));
                    long t1 = System.nanoTime();
                    pdf = kuzet.quarterly().pdf(bench, summary, language, null);
                    long t2 = System.nanoTime();
                    computeMillis[run] = (t1 - t0) / 1_000_000;
                    renderMillis[run] = (t2 - t1) / 1_000_000;
                    cpuMillis[run] = (processCpu() - cpu0) / 1_000_000;
                    if (repeat > 1) {
                        w.printf("  run %d: figures %,d ms, PDF %,d ms, CPU %.1f s%n", run + 1, computeMillis[run],
                                renderMillis[run], cpuMillis[run] / 1000.0);
                    }
                }
                double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage();
                int pages;
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    pages = doc.getNumberOfPages();
                }
                if (out != null) {
                    ReportCommand.write(out, pdf);
                }
                SummaryBenchmark.Figures f = new SummaryBenchmark.Figures(records, bodies, median(computeMillis),
                        median(renderMillis), pages, pdf.length);
                w.printf("Quarterly summary %s (%s, %s): %,d records over %d state bodies (%,d incidents listed)%n",
                        q, kind, language, f.records(), f.bodies(), summary.incidentList().size());
                w.printf("  data written in %,d ms (not counted)%n", fillMillis);
                w.printf("  figures computed in %,d ms, PDF rendered in %,d ms: %,d pages, %,d KB%n",
                        f.computeMillis(), f.renderMillis(), f.pages(), f.bytes() / 1024);
                w.printf("  total %.1f s (target: under 10 s)%s%n", f.totalMillis() / 1000.0,
                        repeat > 1 ? ", the median of " + repeat + " renders" : "");
                // on a shared machine the wall time follows the load; the CPU time is the work itself
                w.printf("  CPU time used %.1f s (the whole process); load average %.2f on %d cores%n",
                        median(cpuMillis) / 1000.0, load, Runtime.getRuntime().availableProcessors());
                w.flush();
                return 0;
            }
        }
    
        private static long median(long[] values) {
            long[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        /** The CPU time the whole process has used (every thread, the garbage collector and the compiler too). */
        private static long processCpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }
    }
}
