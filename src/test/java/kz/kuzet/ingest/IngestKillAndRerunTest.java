package kz.kuzet.ingest;

import static kz.kuzet.ingest.IngestFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.security.Actor;
import kz.kuzet.security.DemoUsers;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.EmbeddedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code kuzet ingest -} runs as its own process, is killed (SIGKILL) once the database shows a
 * committed batch, and is run again on the same input. The database must then hold exactly what one clean run on a
 * fresh database holds, and the receipts must add up. The first child gets only part of the input on its standard
 * input, which stays open: it is certainly still ingesting when it is killed, however fast the machine.
 */
class IngestKillAndRerunTest {

    /** Enough records for 15 batches of 2,000, so the kill lands in the middle of the run. */
    private static final int RECORDS = 30_000;

    /** What the first child is given before it is killed: several batches, but not all of them. */
    private static final int FED_BEFORE_KILL = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestRunAgainEndsWithWhatOneCleanRunGivesOnTheH2File() throws Exception {
        Path input = input();
        DatabaseSettings clean = new DatabaseSettings(DatabaseSettings.h2FileUrl(dir.resolve("clean")), "sa", "");
        DatabaseSettings killed = new DatabaseSettings(DatabaseSettings.h2FileUrl(dir.resolve("killed")), "sa", "");
        killAndRerun(input, clean, killed);
    }

    @Test
    void aKilledIngestRunAgainEndsWithWhatOneCleanRunGivesOnPostgreSql() throws Exception {
        Path input = input();
        killAndRerun(input, new DatabaseSettings(EmbeddedPg.newDatabaseUrl(), "postgres", "postgres"),
                new DatabaseSettings(EmbeddedPg.newDatabaseUrl(), "postgres", "postgres"));
    }

    private void killAndRerun(Path input, DatabaseSettings clean, DatabaseSettings killed) throws Exception {
        List<String> expected;
        IngestReceipt once;
        try (Kuzet kuzet = prepared(clean)) {
            once = kuzet.ingest().ingest(List.of(new IngestSource("-", () -> Files.newInputStream(input))), null,
                    "demo.analyst", IngestProgress.NONE);
            expected = snapshot(kuzet);
        }
        assertThat(once.addsUp()).isTrue();
        assertThat(once.read()).isEqualTo(RECORDS);
        assertThat(once.folded()).isPositive();
        assertThat(once.quarantined()).isPositive();
        assertThat(once.refused()).isPositive();

        prepared(killed).close();
        Process child = ingest(killed, dir.resolve("killed-child.log"));
        Path childLog = dir.resolve("killed-child.log");
        feedFirstLines(child, input, childLog);
        Path lock = dir.resolve("killed.lock.db");
        long committed = 0;
        while (child.isAlive() && committed == 0) {
            // On H2 the child must open the file first and serve it (its lock file then names its server):
            // polling earlier would make this process the file's owner, and the kill would hit a mere client.
            if (!killed.url().startsWith("jdbc:h2:") || serves(lock)) {
                try {
                    committed = count(killed, "select count(*) from audit_entry where action = 'INGEST_BATCH'");
                } catch (java.sql.SQLException e) {
                    // the child is still opening the file (H2: "lock file recently modified"); ask again
                }
            }
            Thread.sleep(20);
        }
        // H2 writes committed transactions to the file within its write delay (0.5 s): give the first one time to
        // reach the disk, so that the kill leaves a committed part behind on both engines.
        Thread.sleep(1_500);
        assertThat(child.isAlive()).as(() -> "still ingesting when killed; it said: "
                + readQuietly(childLog)).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long storedBeforeKill;
        try (Kuzet kuzet = Kuzet.open(killed, Clock.systemUTC())) {
            assertThat(IngestFixture.count(kuzet, "select count(*) from ingest_run"))
                    .as("the run was killed before its end").isZero();
            assertThat(IngestFixture.count(kuzet, "select count(*) from audit_entry where action = 'INGEST_BATCH'"))
                    .isPositive();
            storedBeforeKill = IngestFixture.count(kuzet, "select count(*) from detection");
            assertThat(storedBeforeKill).isPositive().isLessThan(once.stored());
        }

        Process again = ingest(killed, dir.resolve("rerun-child.log"));
        try (OutputStream stdin = again.getOutputStream()) {
            Files.copy(input, stdin);
        }
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).as(out).isZero();
        try (Kuzet kuzet = Kuzet.open(killed, Clock.systemUTC())) {
            IngestReceipt rerun = receipt(kuzet);
            assertThat(rerun.addsUp()).isTrue();
            assertThat(rerun.read()).isEqualTo(RECORDS);
            assertThat(storedBeforeKill + rerun.stored()).isEqualTo(once.stored());
            assertThat(rerun.quarantined()).isEqualTo(once.quarantined());
            assertThat(rerun.refused()).isEqualTo(once.refused());
            assertThat(snapshot(kuzet)).isEqualTo(expected);
        }
    }

    /** One number from a short-lived connection of its own. */
    private static long count(DatabaseSettings db, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
                java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fresh database with the test registry and the demo users (the analyst may import data). */
    private static Kuzet prepared(DatabaseSettings settings) {
        Kuzet kuzet = Kuzet.open(settings, Clock.systemUTC());
        IngestFixture.registry(kuzet);
        kuzet.tx().run(em -> {
            em.persist(new StateBody(DemoUsers.COORDINATOR_BODY, "Қаржы", "Финансы", StateBodyKind.MINISTRY));
            em.flush();
            DemoUsers.create(em, kuzet.users(), Actor.system("test"));
        });
        return kuzet;
    }

    private static boolean serves(Path lock) {
        return readQuietly(lock).contains("server=");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(nothing)";
        }
    }

    /**
     * Writes the first {@link #FED_BEFORE_KILL} lines to the child and leaves its standard input open, so that it
     * waits for more instead of finishing. The write blocks while the child reads; a child that died says why.
     */
    private static void feedFirstLines(Process child, Path input, Path childLog) throws IOException {
        List<String> first = Files.readAllLines(input, StandardCharsets.UTF_8).subList(0, FED_BEFORE_KILL);
        OutputStream stdin = child.getOutputStream();
        try {
            for (String line : first) {
                stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("the ingest child stopped reading; it said: " + readQuietly(childLog), e);
        }
    }

    private static Process ingest(DatabaseSettings db, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kz.kuzet.Launcher", "--db", db.url(),
                "--db-user", db.user(), "ingest", "--json", "-"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().put("KUZET_USER", "demo.analyst");
        builder.environment().put("KUZET_PASSWORD", DemoUsers.PASSWORD);
        builder.environment().put("KUZET_DB_PASSWORD", db.password());
        return builder.start();
    }

    /**
     * Detections on the object 10.1.0.10 that fold, replays, unreadable lines, refusals (10.2.0.5 is out of scope)
     * and distinct detections, attributed by range or not at all.
     */
    private Path input() throws IOException {
        Path file = dir.resolve("detections.log");
        long t0 = java.time.Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < RECORDS; i++) {
                String line;
                if (i % 11 == 0) {
                    line = "garbage record " + i;
                } else if (i % 13 == 0) {
                    line = "CEF:0|Kuzet|IDS|1|300|Out of scope|5|dst=10.2.0.5 rt=" + (t0 + i);
                } else if (i % 7 == 0) {
                    line = BenchInput.record(i - 3, "kill");
                } else if (i % 5 == 0) {
                    line = "CEF:0|Kuzet|IDS|1|SIG-" + (i % 9) + "|Repeated|7|src=203.0.113." + (i % 5)
                            + " dst=10.1.0.10 rt=" + (t0 + i * 1_000L);
                } else if (i % 3 == 0) {
                    line = "CEF:0|Kuzet|IDS|1|SIG-" + (i % 50) + "|Seen by the sensor|3|dvc=10.1.0.2 src=203.0.113.9"
                            + " dst=10.1." + (i % 200) + ".7 rt=" + (t0 + i * 10L);
                } else {
                    line = BenchInput.record(i, "kill");
                }
                w.write(line);
                w.write('\n');
            }
        }
        return file;
    }

    private static IngestReceipt receipt(Kuzet kuzet) {
        List<String> row = rows(kuzet, "select read_count, stored_count, duplicate_count, folded_count,"
                + " quarantined_count, refused_count, unattributed_count from ingest_run");
        assertThat(row).hasSize(1);
        String[] v = row.get(0).split("\\|");
        return new IngestReceipt(0, null, null, Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]),
                Long.parseLong(v[3]), Long.parseLong(v[4]), Long.parseLong(v[5]), Long.parseLong(v[6]), 0,
                java.util.Map.of());
    }

    private static List<String> snapshot(Kuzet kuzet) {
        List<String> all = new ArrayList<>();
        all.add("detections " + IngestFixture.count(kuzet, "select count(*) from detection"));
        all.addAll(rows(kuzet, "select dedup_key, source_format, signature_id, severity, detected_at, first_seen,"
                + " last_seen, occurrence_count, triage, state_body_id, object_id, sensor_id, fold_key, raw_text"
                + " from detection order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, detection_key from detection_fold order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, source_name, line_no, byte_offset, reason from ingest_quarantine"
                + " order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, line_no, object_id, reason from ingest_refusal order by dedup_key"));
        all.addAll(rows(kuzet, "select id, last_seen_at from sensor order by id"));
        return all;
    }
}
