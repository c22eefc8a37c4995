package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BenchIngestCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-10-05T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void eachRunIsPrintedAndTheTableHoldsTheMediansWithTheIndexFreeReference() {
        Cli.Result r = Cli.run(clock, "bench", "ingest", "--events", "3000", "--no-pg", "--repeat", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("medians of 2 run(s)")
                .containsPattern("H2 \\(file\\) run 1/2: end to end [\\d,]+/s \\([\\d.]+ CPU s\\), ceiling [\\d,]+/s \\([\\d.]+ CPU s\\), ratio \\d+\\.\\d\\d")
                .contains("H2 (file) run 2/2:")
                .containsPattern("H2 \\(file\\) end to end\\s+3,000 .* \\d+\\.\\d\\d\\n")
                .containsPattern("H2 \\(file\\) bare JDBC batch \\(ceiling\\)\\s+3,000 ")
                .containsPattern("H2 \\(file\\) same, table without indexes\\s+3,000 ")
                .containsPattern("parse only \\(1 thread\\)\\s+3,000 ");
    }

    @Test
    void aRepeatBelowOneIsRefusedBeforeAnyWork() {
        Cli.Result r = Cli.run(clock, "bench", "ingest", "--repeat", "0", "--no-pg");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--repeat must be 1 or more");
        assertThat(r.out()).doesNotContain("Benchmark:");
    }
}
