package kz.kuzet.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.ingest.parse.ParsedRecord;
import kz.kuzet.ingest.parse.Parsers;
import kz.kuzet.ingest.read.RawRecord;
import kz.kuzet.ingest.read.RecordReader;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ContourRange;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.store.DatabaseSettings;

/**
 * The ingest benchmark: parse alone on one core; end to end into an engine (parse, attribute, de-duplicate, store
 * in transactions with the audit trail); and the ceiling — the same rows, pre-built, inserted with a bare JDBC batch
 * into the same table on the same engine. Prints figures; asserts nothing.
 */
public final class IngestBench {

    /** One measured phase: wall-clock seconds, and this process's CPU seconds (all its threads). */
    public record Figure(String phase, long events, double seconds, double cpuSeconds) {
        public double rate() {
            return events / seconds;
        }

        /** The run with the median wall-clock rate (the lower middle one of an even count). */
        public static Figure median(List<Figure> runs) {
            List<Figure> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(Figure::rate));
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static double cpu() {
        return OS.getProcessCpuTime() / 1e9;
    }

    /** Runs a small ingest into an in-memory database first, so the figures are not the JIT's warm-up. */
    public void warmUp() {
        try (Kuzet kuzet = Kuzet.open(DatabaseSettings.inMemory("kuzet_bench_warmup_" + System.nanoTime()), clock)) {
            registry(kuzet);
            kuzet.ingest().ingest(List.of(new IngestSource("warm-up", () -> new BenchInput(Math.min(events, 20_000),
                    "warm-up"))), null, "bench", IngestProgress.NONE);
        }
    }

    private static final int CEILING_CHUNK = 100_000;

    private final long events;
    private final Clock clock;
    private final PrintWriter log;

    public IngestBench(long events, Clock clock, PrintWriter log) {
        this.events = events;
        this.clock = clock;
        this.log = log;
    }

    public Figure parseOnly() {
        Parsers parsers = new Parsers();
        Instant now = clock.instant();
        long parsed = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long threadCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try {
            RecordReader reader = new RecordReader(new BenchInput(events, "parse"));
            RawRecord raw;
            while ((raw = reader.next()) != null) {
                ParsedRecord r = parsers.parse(raw.text(), null, now);
                if (r.isDetection()) {
                    parsed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figure("parse only (1 thread)", parsed, seconds(start),
                (threads.getCurrentThreadCpuTime() - threadCpu) / 1e9);
    }

    /** End to end into a fresh database; returns its figure. */
    public Figure endToEnd(String engine, DatabaseSettings settings) {
        try (Kuzet kuzet = Kuzet.open(settings, clock)) {
            registry(kuzet);
            String salt = "e2e-" + System.nanoTime();
            log.printf("  %s: ingesting %,d events end to end...%n", engine, events);
            log.flush();
            double cpu = cpu();
            long start = System.nanoTime();
            IngestReceipt r = kuzet.ingest().ingest(List.of(new IngestSource("bench", () -> new BenchInput(events,
                    salt))), null, "bench", IngestProgress.NONE);
            double s = seconds(start);
            double usedCpu = cpu() - cpu;
            if (!r.addsUp() || r.stored() != events) {
                throw new IllegalStateException("bench receipt does not add up: " + r);
            }
            return new Figure(engine + " end to end", r.read(), s, usedCpu);
        }
    }

    /** The same kind of rows, parsed and attributed beforehand (untimed), inserted with a bare JDBC batch. */
    public Figure ceiling(String engine, DatabaseSettings settings) {
        return bareInsert(engine + " bare JDBC batch (ceiling)", settings, false);
    }

    /**
     * The ceiling's insert into the same table stripped of its unique key, foreign keys and secondary indexes: what
     * the engine's index upkeep costs. A reference only; ingest cannot do without the de-duplication key's index.
     */
    public Figure withoutIndexes(String engine, DatabaseSettings settings) {
        return bareInsert(engine + " same, table without indexes", settings, true);
    }

    private Figure bareInsert(String phase, DatabaseSettings settings, boolean stripIndexes) {
        try (Kuzet kuzet = Kuzet.open(settings, clock)) {
            registry(kuzet);
            if (stripIndexes) {
                stripIndexes(kuzet);
            }
            RegistrySnapshot registry = RegistrySnapshot.load(kuzet.database().dataSource());
            Parsers parsers = new Parsers();
            int batchSize = kuzet.ingest().settings().batchSize();
            String salt = "ceiling-" + System.nanoTime();
            log.printf("  %s: inserting %,d pre-built rows...%n", phase, events);
            log.flush();
            RecordReader reader = new RecordReader(new BenchInput(events, salt));
            double timed = 0;
            double timedCpu = 0;
            long inserted = 0;
            Instant now = clock.instant();
            try (Connection c = kuzet.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                while (true) {
                    List<BatchItem.Candidate> rows = new ArrayList<>(CEILING_CHUNK);
                    RawRecord raw;
                    while (rows.size() < CEILING_CHUNK && (raw = reader.next()) != null) {
                        ParsedRecord p = parsers.parse(raw.text(), null, now);
                        var d = p.detection();
                        rows.add(new BatchItem.Candidate(raw, p.format(), d, Keys.dedup(raw.text()),
                                Keys.sha256(d.signatureId() + d.dstIp()), registry.attribute(d)));
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    double cpu = cpu();
                    long start = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement(BatchWriter.INSERT_DETECTION)) {
                        int inBatch = 0;
                        for (BatchItem.Candidate row : rows) {
                            Instant at = row.detection().detectedAt();
                            BatchWriter.bindDetection(ps, row, at, at, 1, now);
                            ps.addBatch();
                            if (++inBatch == batchSize) {
                                ps.executeBatch();
                                c.commit();
                                inBatch = 0;
                            }
                        }
                        if (inBatch > 0) {
                            ps.executeBatch();
                            c.commit();
                        }
                    }
                    timed += seconds(start);
                    timedCpu += cpu() - cpu;
                    inserted += rows.size();
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("ceiling run failed: " + e.getMessage(), e);
            }
            return new Figure(phase, inserted, timed, timedCpu);
        }
    }

    /** Drops the detection table's foreign keys, unique key and secondary indexes (a scratch database only). */
    private static void stripIndexes(Kuzet kuzet) {
        try (Connection c = kuzet.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            List<String> foreignKeys = new ArrayList<>();
            try (java.sql.ResultSet rs = meta.getImportedKeys(null, null, "detection")) {
                while (rs.next()) {
                    foreignKeys.add(rs.getString("FK_NAME"));
                }
            }
            for (String fk : foreignKeys) {
                st.execute("alter table detection drop constraint \"" + fk + "\"");
            }
            st.execute("alter table detection drop constraint uq_detection_dedup");
            java.util.Set<String> indexes = new java.util.LinkedHashSet<>(); // one row per indexed column
            try (java.sql.ResultSet rs = meta.getIndexInfo(null, null, "detection", false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null && name.startsWith("ix_")) {
                        indexes.add(name);
                    }
                }
            }
            for (String index : indexes) {
                st.execute("drop index \"" + index + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot strip the scratch table's indexes: " + e.getMessage(), e);
        }
    }

    private static void registry(Kuzet kuzet) {
        kuzet.tx().run(em -> {
            StateBody body = new StateBody("BENCH", "Бенчмарк", "Бенчмарк", StateBodyKind.OTHER);
            em.persist(body);
            em.persist(new ContourRange(body, Contour.INTERNAL, "10.0.0.0/8"));
        });
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A fresh H2 file database in a temporary folder (the product's embedded engine). */
    public static DatabaseSettings freshH2() {
        try {
            Path dir = Files.createTempDirectory("kuzet-bench-h2");
            dir.toFile().deleteOnExit();
            return new DatabaseSettings(DatabaseSettings.h2FileUrl(dir.resolve("bench"))
                    .replace(";AUTO_SERVER=TRUE", ""), "sa", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh H2 database in memory. */
    public static DatabaseSettings memoryH2() {
        return DatabaseSettings.inMemory("kuzet_bench_" + System.nanoTime());
    }

    /** Creates a scratch database on a PostgreSQL server and gives its settings. */
    public static DatabaseSettings freshPostgres(String serverUrl, String user, String password, String name) {
        try (Connection c = java.sql.DriverManager.getConnection(serverUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scratch database " + name + " on " + serverUrl
                    + ": " + e.getMessage() + ". The --pg-url user needs CREATE DATABASE rights.", e);
        }
        int slash = serverUrl.lastIndexOf('/');
        int q = serverUrl.indexOf('?', slash);
        String url = serverUrl.substring(0, slash + 1) + name + (q < 0 ? "" : serverUrl.substring(q));
        return new DatabaseSettings(url, user, password);
    }

    public static void dropPostgres(String serverUrl, String user, String password, String name) {
        try (Connection c = java.sql.DriverManager.getConnection(serverUrl, user, password);
                Statement st = c.createStatement()) {
            st.execute("drop database if exists " + name);
        } catch (SQLException e) {
            // a scratch database left behind is named kuzet_bench_*; nothing else is touched
        }
    }
}
