package kz.kuzet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IngestWatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void takesEachNewFileOnceWhenItHasStoppedChanging(TestEngine engine) throws IOException {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            List<IngestReceipt> receipts = new ArrayList<>();
            IngestWatcher watcher = new IngestWatcher(kuzet.ingest(), kuzet.database().dataSource(), folder, null,
                    "watch");
            Files.writeString(folder.resolve("a.cef"), "CEF:0|V|P|1|1|N|3|dst=192.0.2.1\n");
            Files.writeString(folder.resolve("b.part"), "CEF:0|V|P|1|2|N|3|dst=192.0.2.2\n");
            assertThat(watcher.pollOnce((f, r) -> receipts.add(r))).isEmpty(); // first look: may still be written
            assertThat(watcher.pollOnce((f, r) -> receipts.add(r))).containsExactly(folder.resolve("a.cef"));
            assertThat(watcher.pollOnce((f, r) -> receipts.add(r))).isEmpty();

            Files.writeString(folder.resolve("c.cef"), "CEF:0|V|P|1|3|N|3|dst=192.0.2.3\n");
            watcher.pollOnce((f, r) -> receipts.add(r));
            assertThat(watcher.pollOnce((f, r) -> receipts.add(r))).containsExactly(folder.resolve("c.cef"));

            // a new watcher (a restart) remembers what was taken
            IngestWatcher restarted = new IngestWatcher(kuzet.ingest(), kuzet.database().dataSource(), folder, null,
                    "watch");
            restarted.pollOnce((f, r) -> receipts.add(r));
            assertThat(restarted.pollOnce((f, r) -> receipts.add(r))).isEmpty();

            assertThat(receipts).extracting(IngestReceipt::stored).containsExactly(1L, 1L);
            assertThat(IngestFixture.count(kuzet, "select count(*) from detection")).isEqualTo(2);
            assertThat(IngestFixture.count(kuzet, "select count(*) from ingest_watched_file")).isEqualTo(2);
        }
    }
}
