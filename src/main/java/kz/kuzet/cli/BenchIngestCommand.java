package kz.kuzet.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.kuzet.ingest.IngestBench;
import kz.kuzet.ingest.IngestBench.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Generates N detections (half CEF, half Suricata JSON) and measures"
        + " parse alone, ingest end to end into H2 and PostgreSQL, and a bare JDBC batch of the same rows (the"
        + " ceiling). Uses its own scratch databases, never the --db one.")
final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "How many detections (default: ${DEFAULT-VALUE}).")
    long events;
    @Option(names = "--pg-url", paramLabel = "JDBC_URL",
            description = "A PostgreSQL server to measure on (a scratch database is created there and dropped)."
                    + " Without it, an embedded PostgreSQL is used when its library is on the class path"
                    + " (test class path), else PostgreSQL is skipped.")
    String pgUrl;
    @Option(names = "--pg-user", defaultValue = "postgres", description = "PostgreSQL user.")
    String pgUser;
    @Option(names = "--pg-password", defaultValue = "postgres", description = "PostgreSQL password.")
    String pgPassword;
    @Option(names = "--no-pg", description = "Skip PostgreSQL.")
    boolean noPg;
    @Option(names = "--h2-memory", description = "Measure H2 in memory instead of the embedded H2 file.")
    boolean h2Memory;

    @Override
    public Integer call() throws Exception {
        if (events < 1) {
            throw new CommandFailure("--events must be at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestBench bench = new IngestBench(events, Clock.systemUTC(), out);
        List<Figure> figures = new ArrayList<>();
        out.printf("Benchmark: %,d detections, half CEF, half Suricata EVE JSON%n", events);
        out.flush();
        bench.warmUp();
        Figure parse = bench.parseOnly();
        figures.add(parse);
        String h2Name = h2Memory ? "H2 (memory)" : "H2 (file)";
        Figure h2 = bench.endToEnd(h2Name, h2Memory ? IngestBench.memoryH2() : IngestBench.freshH2());
        Figure h2Ceiling = bench.ceiling(h2Name, h2Memory ? IngestBench.memoryH2() : IngestBench.freshH2());
        figures.add(h2);
        figures.add(h2Ceiling);
        Figure pg = null;
        Figure pgCeiling = null;
        String pgNote = null;
        if (!noPg) {
            AutoCloseable embedded = null;
            String server = pgUrl;
            if (server == null) {
                Object[] started = startEmbeddedPostgres();
                if (started == null) {
                    pgNote = "PostgreSQL skipped: no --pg-url, and embedded PostgreSQL is not on the class path";
                } else {
                    embedded = (AutoCloseable) started[0];
                    server = (String) started[1];
                }
            }
            if (server != null) {
                String e2eDb = "kuzet_bench_" + System.currentTimeMillis();
                String ceilDb = e2eDb + "_ceiling";
                try {
                    pg = bench.endToEnd("PostgreSQL",
                            IngestBench.freshPostgres(server, pgUser, pgPassword, e2eDb));
                    pgCeiling = bench.ceiling("PostgreSQL",
                            IngestBench.freshPostgres(server, pgUser, pgPassword, ceilDb));
                    figures.add(pg);
                    figures.add(pgCeiling);
                } finally {
                    IngestBench.dropPostgres(server, pgUser, pgPassword, e2eDb);
                    IngestBench.dropPostgres(server, pgUser, pgPassword, ceilDb);
                    if (embedded != null) {
                        embedded.close();
                    }
                }
            }
        }
        out.println();
        out.printf("%-40s %10s %8s %10s %8s %12s %10s%n", "PHASE", "EVENTS", "WALL S", "EVENTS/S", "CPU S",
                "EVENTS/CPU-S", "OF CEILING");
        for (Figure f : figures) {
            String ratio = "";
            if (f == h2) {
                ratio = String.format("%.2f", h2.events() / h2.seconds() / (h2Ceiling.events() / h2Ceiling.seconds()));
            } else if (f == pg) {
                ratio = String.format("%.2f", pg.events() / pg.seconds() / (pgCeiling.events() / pgCeiling.seconds()));
            }
            out.printf("%-40s %,10d %8.2f %,10.0f %8.2f %,12.0f %10s%n", f.phase(), f.events(), f.seconds(),
                    f.events() / f.seconds(), f.cpuSeconds(), f.events() / f.cpuSeconds(), ratio);
        }
        if (pgNote != null) {
            out.println(pgNote);
        }
        out.println("OF CEILING compares wall-clock rates on the same engine. CPU S is this process's CPU time"
                + " (all threads; PostgreSQL's own CPU is not in it). On a shared machine wall time includes waiting"
                + " for a core; EVENTS/CPU-S is the rate per core actually used.");
        out.println("Goals (issue 4): parse >= 100,000/s on one core; H2 end to end >= 50,000/s; >= 0.6 of the"
                + " ceiling.");
        out.flush();
        return 0;
    }

    /** Starts zonky's embedded PostgreSQL by reflection when present; [closeable server, jdbc url] or null. */
    private static Object[] startEmbeddedPostgres() throws Exception {
        Class<?> type;
        try {
            type = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException e) {
            return null;
        }
        Object builder = type.getMethod("builder").invoke(null);
        Object server = builder.getClass().getMethod("start").invoke(builder);
        Method url = type.getMethod("getJdbcUrl", String.class, String.class);
        return new Object[] {server, url.invoke(server, "postgres", "postgres")};
    }
}
