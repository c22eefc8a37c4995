package kz.kuzet.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.kuzet.ingest.parse.Format;
import kz.kuzet.store.StoreException;

/**
 * Takes files the collection system drops into a folder, each once: a file is taken when its size and time have
 * not changed since the previous look (so half-written files wait), and is remembered in the database with its size
 * and time; a file rewritten later is taken again (its already stored records count as duplicates). Hidden files and
 * {@code .tmp}/{@code .part} files are left alone.
 */
public final class IngestWatcher {

    private record Seen(long size, Instant modified) {
    }

    private final IngestService service;
    private final DataSource dataSource;
    private final Path folder;
    private final Format format;
    private final String actor;
    private final Map<Path, Seen> lastLook = new HashMap<>();

    public IngestWatcher(IngestService service, DataSource dataSource, Path folder, Format format, String actor) {
        this.service = service;
        this.dataSource = dataSource;
        this.folder = folder;
        this.format = format;
        this.actor = actor;
    }

    /** Looks once; ingests every file that is new and has stopped changing. Returns the files taken. */
    public List<Path> pollOnce(BiConsumer<Path, IngestReceipt> onReceipt) {
        List<Path> taken = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(IngestWatcher::eligible).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            Seen now;
            try {
                now = new Seen(Files.size(file), Files.getLastModifiedTime(file).toInstant());
            } catch (IOException e) {
                continue; // gone between listing and looking
            }
            Seen before = lastLook.put(file, now);
            if (!now.equals(before) || alreadyTaken(file, now)) {
                continue;
            }
            IngestReceipt receipt = service.ingest(List.of(IngestSource.file(file)), format, actor,
                    IngestProgress.NONE);
            remember(file, now, receipt.runId());
            taken.add(file);
            onReceipt.accept(file, receipt);
        }
        return taken;
    }

    /** Looks every {@code poll} while {@code keepGoing} says so. */
    public void run(Duration poll, BooleanSupplier keepGoing, BiConsumer<Path, IngestReceipt> onReceipt)
            throws InterruptedException {
        while (keepGoing.getAsBoolean()) {
            pollOnce(onReceipt);
            Thread.sleep(poll.toMillis());
        }
    }

    private static boolean eligible(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
    }

    private boolean alreadyTaken(Path file, Seen seen) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select file_size, modified_at from ingest_watched_file where file_path = ?")) {
            ps.setString(1, key(file));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == seen.size()
                        && rs.getObject(2, java.time.OffsetDateTime.class).toInstant()
                                .equals(seen.modified().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the watched files: " + e.getMessage(), e);
        }
    }

    private void remember(Path file, Seen seen, long runId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("delete from ingest_watched_file where file_path = ?");
                    PreparedStatement ins = c.prepareStatement("insert into ingest_watched_file (file_path, file_size,"
                            + " modified_at, run_id) values (?,?,?,?)")) {
                del.setString(1, key(file));
                del.executeUpdate();
                ins.setString(1, key(file));
                ins.setLong(2, seen.size());
                ins.setObject(3, BatchWriter.utc(seen.modified().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
                ins.setLong(4, runId);
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot remember the watched file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(Path file) {
        return Columns.fit(file.toAbsolutePath().normalize().toString(), 1000);
    }
}
