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

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Runs end to end and the ceiling alternately N times on fresh databases and reports each"
                    + " phase's median run (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (events < 1) {
            throw new CommandFailure("--events must be at least 1.");
        }
        if (repeat < 1) {
            throw new CommandFailure("--repeat must be 1 or more.");
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestBench bench = new IngestBench(events, Clock.systemUTC(), out);
        List<Row> rows = new ArrayList<>();
        out.printf("Benchmark: %,d detections, half CEF, half Suricata EVE JSON; medians of %d run(s)%n", events,
                repeat);
        out.flush();
        bench.warmUp();
        List<Figure> parses = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            parses.add(bench.parseOnly());
        }
        rows.add(new Row(Figure.median(parses), null));
        String h2Name = h2Memory ? "H2 (memory)" : "H2 (file)";
        rows.addAll(measure(bench, out, h2Name, () -> h2Memory ? IngestBench.memoryH2() : IngestBench.freshH2()));
        rows.add(new Row(bench.withoutIndexes(h2Name, h2Memory ? IngestBench.memoryH2() : IngestBench.freshH2()),
                null));
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
                String pgServer = server;
                List<String> scratch = new ArrayList<>();
                try {
                    rows.addAll(measure(bench, out, "PostgreSQL", () -> {
                        String name = "kuzet_bench_" + System.currentTimeMillis() + "_" + scratch.size();
                        scratch.add(name);
                        return IngestBench.freshPostgres(pgServer, pgUser, pgPassword, name);
                    }));
                } finally {
                    for (String name : scratch) {
                        IngestBench.dropPostgres(server, pgUser, pgPassword, name);
                    }
                    if (embedded != null) {
                        embedded.close();
                    }
                }
            }
        }
        print(out, rows, pgNote);
        return 0;
    }

    /** A phase's median figure and, for end to end, its ratio to the ceiling's median rate. */
    private record Row(Figure figure, Double ofCeiling) {
    }

    /** End to end and the ceiling, alternately, each on a fresh database; their medians. */
    private List<Row> measure(IngestBench bench, PrintWriter out, String engine,
            java.util.function.Supplier<kz.kuzet.store.DatabaseSettings> fresh) {
        List<Figure> endToEnd = new ArrayList<>();
        List<Figure> ceiling = new ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            Figure e = bench.endToEnd(engine, fresh.get());
            Figure c = bench.ceiling(engine, fresh.get());
            endToEnd.add(e);
            ceiling.add(c);
            out.printf("  %s run %d/%d: end to end %,.0f/s (%.2f CPU s), ceiling %,.0f/s (%.2f CPU s), ratio %.2f%n",
                    engine, i, repeat, e.rate(), e.cpuSeconds(), c.rate(), c.cpuSeconds(), e.rate() / c.rate());
            out.flush();
        }
        Figure e = Figure.median(endToEnd);
        Figure c = Figure.median(ceiling);
        return List.of(new Row(e, e.rate() / c.rate()), new Row(c, null));
    }

    private static void print(PrintWriter out, List<Row> rows, String pgNote) {
        out.println();
        out.printf("%-44s %10s %8s %10s %8s %12s %10s%n", "PHASE (median run)", "EVENTS", "WALL S", "EVENTS/S",
                "CPU S", "EVENTS/CPU-S", "OF CEILING");
        for (Row row : rows) {
            Figure f = row.figure();
            out.printf("%-44s %,10d %8.2f %,10.0f %8.2f %,12.0f %10s%n", f.phase(), f.events(), f.seconds(),
                    f.rate(), f.cpuSeconds(), f.events() / f.cpuSeconds(),
                    row.ofCeiling() == null ? "" : String.format("%.2f", row.ofCeiling()));
        }
        if (pgNote != null) {
            out.println(pgNote);
        }
        out.println("OF CEILING compares the median wall-clock rates on the same engine. CPU S is this process's CPU"
                + " time (all threads, H2's own writer included; PostgreSQL's server CPU is not in it). On a shared"
                + " machine wall time includes waiting for a core; EVENTS/CPU-S is the rate per core actually used."
                + " 'Table without indexes' is the ceiling's insert with the unique key, foreign keys and secondary"
                + " indexes dropped: what the engine's index upkeep costs (measured once).");
        out.println("Goals (issue 4): parse >= 100,000/s on one core; H2 end to end >= 50,000/s; >= 0.6 of the"
                + " ceiling.");
        out.flush();
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
