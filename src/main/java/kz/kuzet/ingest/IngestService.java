package kz.kuzet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import kz.kuzet.ingest.parse.Format;
import kz.kuzet.ingest.parse.NormalisedDetection;
import kz.kuzet.ingest.parse.ParseFailure;
import kz.kuzet.ingest.parse.ParsedRecord;
import kz.kuzet.ingest.parse.Parsers;
import kz.kuzet.ingest.read.RawRecord;
import kz.kuzet.ingest.read.RecordReader;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.store.Database;
import kz.kuzet.store.Transactions;
import org.hibernate.Session;

/**
 * Takes detections into the central database: reads records, parses them, attributes them through the registry,
 * de-duplicates and folds repeats, and stores them in batches, one transaction each, with the batch's audit entry.
 * A record that cannot be read goes to quarantine; one on an object out of scope (R-5) is refused. Every run ends
 * with a stored receipt. A run killed half-way and started again ends with what one clean run gives, because every
 * batch commits whole and a replayed record is known by its key.
 */
public final class IngestService {

    /** Called inside each batch's transaction just before it commits; tests use it to fail a run half-way. */
    @FunctionalInterface
    public interface BatchHook {
        BatchHook NONE = batch -> { };

        void beforeCommit(int batchNumber);
    }

    /** A source failed to read half-way; every batch before the failure is committed, nothing after it. */
    public static final class SourceUnreadable extends UncheckedIOException {
        private final String source;

        SourceUnreadable(String source, IOException cause) {
            super("Cannot read " + source + ": " + cause.getMessage()
                    + ". Nothing after the last committed batch was stored; run the same command again.", cause);
            this.source = source;
        }

        public String source() {
            return source;
        }
    }

    private final Database database;
    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final IngestSettings settings;
    private final Parsers parsers;
    private final ChangeFeed feed;
    private BatchHook hook = BatchHook.NONE;

    /** Without a change feed: consoles then see new detections only by comparing the newest detection's id. */
    public IngestService(Database database, Transactions tx, AuditTrail audit, AccessGuard guard, Clock clock,
            IngestSettings settings) {
        this(database, tx, audit, guard, null, clock, settings);
    }

    /** Notes every committed batch that stored or folded detections in {@code feed}, so consoles refresh at once. */
    public IngestService(Database database, Transactions tx, AuditTrail audit, AccessGuard guard, ChangeFeed feed,
            Clock clock, IngestSettings settings) {
        this.database = database;
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.feed = feed;
        this.clock = clock;
        this.settings = settings;
        this.parsers = new Parsers(settings.syslogZone());
    }

    public IngestService withHook(BatchHook hook) {
        IngestService copy = new IngestService(database, tx, audit, guard, feed, clock, settings);
        copy.hook = hook;
        return copy;
    }

    /** The same service reading RFC 3164 times that carry no zone in {@code zone}. */
    public IngestService withSyslogZone(java.time.ZoneId zone) {
        IngestService copy = new IngestService(database, tx, audit, guard, feed, clock, settings.withSyslogZone(zone));
        copy.hook = hook;
        return copy;
    }

    public IngestSettings settings() {
        return settings;
    }

    /** Ingests as {@link #ingest(List, Format, String, IngestProgress)}, once the actor's import right is checked. */
    public IngestReceipt ingest(List<IngestSource> sources, Format forced, Actor actor, IngestProgress progress) {
        guard.require(actor, Permission.DATA_IMPORT);
        return ingest(sources, forced, actor.name(), progress);
    }

    /**
     * Ingests the sources in order as one run; {@code forced} names the format, or null to detect it per record.
     * {@code actor} is only named in the audit trail: callers outside this package check the right first.
     * Records are read and parsed on a thread of their own, a batch ahead of the one being stored, so parsing and
     * storing use two cores; batches still commit one by one, in input order, on the caller's thread.
     */
    IngestReceipt ingest(List<IngestSource> sources, Format forced, String actor, IngestProgress progress) {
        Run run = new Run(forced, actor, progress);
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
        Thread reader = new Thread(() -> run.readAll(sources, ready), "kuzet-ingest-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch b = ready.take();
                if (b.failure() != null) {
                    throw b.failure() instanceof IOException io ? new SourceUnreadable(b.source(), io)
                            : b.failure() instanceof RuntimeException re ? re : new IllegalStateException(b.failure());
                }
                if (b.items() == null) {
                    reader.join();
                    break;
                }
                run.flush(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ingest interrupted; every batch before this point is committed."
                    + " Run the same command again.", e);
        } finally {
            reader.interrupt(); // after a failure: stop reading (a reader blocked on standard input is a daemon)
        }
        return run.finish(sources.stream().map(IngestSource::name).collect(Collectors.joining(", ")));
    }

    /** A batch read and parsed, ready to store; or the end of the input (no items); or why reading failed. */
    private record Batch(String source, List<BatchItem> items, long firstLine, long bytes, Throwable failure) {
    }

    /** The state of one run: its counts, the batch being filled, and the registry read at its start. */
    private final class Run {
        private final Format forced;
        private final String actor;
        private final IngestProgress progress;
        private final Instant startedAt = clock.instant();
        private final RegistrySnapshot registry = RegistrySnapshot.load(database.dataSource());
        private final BatchWriter writer = new BatchWriter(settings.foldWindow());
        private final Map<String, Long> otherTypes = new TreeMap<>();
        private long read;
        private long stored;
        private long duplicates;
        private long folded;
        private long quarantined;
        private long refused;
        private long unattributed;
        private long other;
        private int batches;
        private long analyzedAtStored = -1;

        Run(Format forced, String actor, IngestProgress progress) {
            this.forced = forced;
            this.actor = actor;
            this.progress = progress;
        }

        /** On the reader thread: every source's records, parsed, in batches; then the end (or the failure). */
        void readAll(List<IngestSource> sources, BlockingQueue<Batch> ready) {
            try {
                for (IngestSource source : sources) {
                    try (InputStream in = source.opener().open()) {
                        read(source.name(), in, ready);
                    } catch (IOException e) {
                        ready.put(new Batch(source.name(), null, 0, 0, e));
                        return;
                    }
                }
                ready.put(new Batch(null, null, 0, 0, null));
            } catch (InterruptedException e) {
                // the storing side stopped (it failed); nothing more to read
            } catch (RuntimeException | Error e) {
                try {
                    ready.put(new Batch(null, null, 0, 0, e));
                } catch (InterruptedException stopped) {
                    // the storing side stopped first; its own failure is the one reported
                }
            }
        }

        private void read(String sourceName, InputStream in, BlockingQueue<Batch> ready)
                throws IOException, InterruptedException {
            RecordReader reader = new RecordReader(in, settings.maxRecordBytes());
            List<BatchItem> batch = new ArrayList<>();
            long firstLine = 0;
            long bytes = 0;
            RawRecord raw;
            while ((raw = reader.next()) != null) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (batch.isEmpty()) {
                    firstLine = raw.line();
                }
                bytes = raw.byteOffset() + raw.text().length();
                BatchItem item = item(sourceName, raw);
                if (item != null) {
                    batch.add(item);
                    if (batch.size() >= settings.batchSize()) {
                        ready.put(new Batch(sourceName, batch, firstLine, bytes, null));
                        batch = new ArrayList<>();
                    }
                }
            }
            if (!batch.isEmpty()) {
                ready.put(new Batch(sourceName, batch, firstLine, bytes, null));
            }
        }

        private BatchItem item(String sourceName, RawRecord raw) {
            if (!raw.isUsable()) {
                return quarantine(sourceName, raw, raw.problem());
            }
            ParsedRecord parsed;
            try {
                parsed = parsers.parse(raw.text(), forced, clock.instant());
            } catch (ParseFailure e) {
                return quarantine(sourceName, raw, e.getMessage());
            } catch (RuntimeException e) {
                return quarantine(sourceName, raw, "parser fault (" + e.getClass().getSimpleName() + "): "
                        + e.getMessage() + "; please report it with this record");
            }
            if (!parsed.isDetection()) {
                other++;
                otherTypes.merge(parsed.format().id() + ":" + parsed.eventType(), 1L, Long::sum);
                return null;
            }
            NormalisedDetection d = parsed.detection();
            Attribution a = registry.attribute(d);
            String foldKey = Keys.sha256(d.product() + "|" + d.signatureId() + "|" + d.signatureName() + "|"
                    + (a.objectId() != null ? "o" + a.objectId()
                            : a.bodyId() != null ? "b" + a.bodyId() + ":" + d.srcIp() + ">" + d.dstIp()
                            : "u" + d.srcIp() + ">" + d.dstIp() + "@" + d.host()));
            return new BatchItem.Candidate(raw, parsed.format(), d, Keys.dedup(raw.text()), foldKey, a);
        }

        private BatchItem quarantine(String sourceName, RawRecord raw, String reason) {
            return new BatchItem.Quarantined(raw, reason,
                    Keys.sha256(sourceName + "\n" + raw.line() + "\n" + raw.byteOffset() + "\n" + raw.text()));
        }

        private void flush(Batch ready) {
            List<BatchItem> batch = ready.items();
            String sourceName = ready.source();
            int number = ++batches;
            Instant now = clock.instant();
            BatchCounts[] counts = new BatchCounts[1];
            try {
                tx.run(em -> {
                    em.unwrap(Session.class).doWork(c -> counts[0] = writer.write(c, batch, now, sourceName));
                    BatchCounts b = counts[0];
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("source", sourceName);
                    details.put("firstLine", ready.firstLine());
                    details.put("records", batch.size());
                    details.put("stored", b.stored());
                    details.put("duplicates", b.duplicates());
                    details.put("folded", b.folded());
                    details.put("quarantined", b.quarantined());
                    details.put("refused", b.refused());
                    details.put("sensorsSeen", b.sensorsSeen());
                    audit.event(em, actor, "INGEST_BATCH", details);
                    if (feed != null && b.stored() + b.folded() > 0) {
                        feed.note(em, "detection", b.newestDetectionId());
                    }
                    hook.beforeCommit(number);
                });
            } catch (RuntimeException e) {
                writer.reset();
                throw e;
            }
            BatchCounts b = counts[0];
            read += batch.size();
            stored += b.stored();
            duplicates += b.duplicates();
            folded += b.folded();
            quarantined += b.quarantined();
            refused += b.refused();
            unattributed += b.unattributed();
            refreshPlannerStatistics();
            progress.batchCommitted(read, stored, ready.bytes());
        }

        /**
         * PostgreSQL plans the de-duplication look-ups from table statistics; a table that grows fast within one
         * run (a fresh database, a large first import) would be scanned whole on every batch with stale ones.
         * Statistics are refreshed after the first batch and each time the run's stored count has quadrupled.
         */
        private void refreshPlannerStatistics() {
            if (database.engine() != kz.kuzet.store.DatabaseSettings.Engine.POSTGRESQL
                    || (analyzedAtStored >= 0 && stored < 4 * Math.max(analyzedAtStored, 1_000))) {
                return;
            }
            analyzedAtStored = stored;
            try (java.sql.Connection c = database.dataSource().getConnection();
                    java.sql.Statement st = c.createStatement()) {
                st.execute("analyze detection");
                st.execute("analyze detection_fold");
            } catch (java.sql.SQLException e) {
                // statistics are an optimisation only; the run goes on with the old ones
            }
        }

        IngestReceipt finish(String sources) {
            Instant finishedAt = clock.instant();
            String types = otherTypes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
            long[] id = new long[1];
            tx.run(em -> {
                em.unwrap(Session.class).doWork(c -> {
                    try (PreparedStatement ps = c.prepareStatement("insert into ingest_run (sources, format, actor,"
                            + " started_at, finished_at, read_count, stored_count, duplicate_count, folded_count,"
                            + " quarantined_count, refused_count, unattributed_count, other_event_count,"
                            + " other_event_types) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"})) {
                        ps.setString(1, Columns.fit(sources, 4000));
                        ps.setString(2, forced == null ? null : forced.id());
                        ps.setString(3, Columns.fit(actor, 100));
                        ps.setObject(4, BatchWriter.utc(startedAt));
                        ps.setObject(5, BatchWriter.utc(finishedAt));
                        ps.setLong(6, read);
                        ps.setLong(7, stored);
                        ps.setLong(8, duplicates);
                        ps.setLong(9, folded);
                        ps.setLong(10, quarantined);
                        ps.setLong(11, refused);
                        ps.setLong(12, unattributed);
                        ps.setLong(13, other);
                        ps.setString(14, types.isEmpty() ? null : Columns.fit(types, 2000));
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id[0] = keys.getLong(1);
                        }
                    }
                });
                Map<String, Object> receipt = new LinkedHashMap<>();
                receipt.put("sources", sources);
                receipt.put("read", read);
                receipt.put("stored", stored);
                receipt.put("duplicates", duplicates);
                receipt.put("folded", folded);
                receipt.put("quarantined", quarantined);
                receipt.put("refused", refused);
                receipt.put("unattributed", unattributed);
                receipt.put("otherEvents", other);
                audit.change(em, actor, "INGEST_RUN", "ingest_run", id[0], null, null, receipt);
            });
            return new IngestReceipt(id[0], startedAt.truncatedTo(ChronoUnit.MICROS),
                    finishedAt.truncatedTo(ChronoUnit.MICROS), read, stored, duplicates, folded, quarantined,
                    refused, unattributed, other, Map.copyOf(otherTypes));
        }
    }
}
