package kz.kuzet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mutated records of every format through the whole pipeline: the receipt adds up, every row is where it says. */
class IngestFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void mutatedInputAddsUp(TestEngine engine) {
        Random rnd = new Random(7);
        StringBuilder input = new StringBuilder();
        List<String> seeds = kz.kuzet.ingest.parse.ParserFuzzTestSeeds.seeds();
        for (int i = 0; i < 1_500; i++) {
            String s = seeds.get(rnd.nextInt(seeds.size()));
            input.append(rnd.nextInt(3) == 0 ? s : kz.kuzet.ingest.parse.ParserFuzzTestSeeds.mutate(s, rnd))
                    .append('\n');
        }
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestReceipt r = kuzet.ingest().ingest(List.of(IngestFixture.text("fuzz", input.toString())), null,
                    "fuzz", IngestProgress.NONE);
            assertThat(r.addsUp()).as(r.toString()).isTrue();
            assertThat(r.read()).isPositive();
            assertThat(IngestFixture.count(kuzet, "select count(*) from detection")).isEqualTo(r.stored());
            assertThat(IngestFixture.count(kuzet, "select count(*) from detection_fold")).isEqualTo(r.folded());
            assertThat(IngestFixture.count(kuzet, "select count(*) from ingest_quarantine")).isEqualTo(r.quarantined());
        }
    }
}
