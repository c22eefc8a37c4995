package kz.kuzet.ingest;

import static kz.kuzet.ingest.IngestFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.kuzet.app.Kuzet;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every committed batch that stores or folds detections is noted in the change feed the consoles poll; a source
 * failing half-way on the reader thread stops the run with the batches before it committed.
 */
class IngestChangeFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final long T0 = Instant.parse("2026-03-10T07:00:00Z").toEpochMilli();

    private static String input(int records) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < records; i++) {
            sb.append("CEF:0|Vendor|IDS|1|").append(i).append("|Sig|5|dst=10.1.3.").append(i).append(" rt=")
                    .append(T0 + i).append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void eachBatchThatStoresIsNotedOnceAndAReplayNotesNothing(TestEngine engine) throws Exception {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            IngestService batchesOfFour = new IngestService(kuzet.database(), kuzet.tx(), kuzet.audit(), kuzet.access(),
                    kuzet.changes(), CLOCK, IngestSettings.defaults().withBatchSize(4));
            long before = kuzet.changes().latestId();
            CountDownLatch announced = new CountDownLatch(1);
            try (ChangeFeed.Listening listening = kuzet.changes().listen(announced::countDown)) {
                boolean listens = listening.awaitListening(10_000);
                assertThat(listens).isEqualTo(kuzet.changes().announces());

                batchesOfFour.ingest(List.of(text("ten.cef", input(10))), null, "test", IngestProgress.NONE);

                List<ChangeFeed.Change> noted = kuzet.changes().since(before, 100);
                assertThat(noted).extracting(ChangeFeed.Change::entity).containsExactly("detection", "detection",
                        "detection");
                long newest = IngestFixture.count(kuzet, "select max(id) from detection");
                assertThat(noted.get(2).entityId()).isEqualTo(newest);
                if (listens) {
                    assertThat(announced.await(30, TimeUnit.SECONDS)).as("a console listening is told").isTrue();
                }
            }

            long afterFirst = kuzet.changes().latestId();
            IngestReceipt replay = batchesOfFour.ingest(List.of(text("ten.cef", input(10))), null, "test",
                    IngestProgress.NONE);
            assertThat(replay.duplicates()).isEqualTo(10);
            assertThat(kuzet.changes().since(afterFirst, 100)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aSourceThatFailsHalfWayKeepsTheBatchesBeforeAndSaysSo(TestEngine engine) {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            IngestService batchesOfFour = new IngestService(kuzet.database(), kuzet.tx(), kuzet.audit(), kuzet.access(),
                    kuzet.changes(), CLOCK, IngestSettings.defaults().withBatchSize(4));
            byte[] ten = input(10).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            IngestSource breaking = new IngestSource("breaking.cef", () -> new java.io.InputStream() {
                private int next;

                @Override
                public int read() throws java.io.IOException {
                    if (next == ten.length) {
                        throw new java.io.IOException("disk gone");
                    }
                    return ten[next++] & 0xFF;
                }
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> batchesOfFour.ingest(List.of(breaking), null,
                    "test", IngestProgress.NONE)).isInstanceOf(IngestService.SourceUnreadable.class)
                    .hasMessageContaining("breaking.cef").hasMessageContaining("disk gone");
            assertThat(IngestFixture.count(kuzet, "select count(*) from detection")).isEqualTo(8);
            assertThat(IngestFixture.count(kuzet, "select count(*) from ingest_run")).isZero();
        }
    }
}
