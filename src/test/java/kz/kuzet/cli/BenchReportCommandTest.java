package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BenchReportCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-10-05T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void repeatedRendersArePrintedEachAndSummedUpByTheirMedian() {
        Cli.Result r = Cli.run(clock, "bench", "report", "--records", "300", "--bodies", "6", "--repeat", "3");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("run 1:", "run 2:", "run 3:", "the median of 3 renders")
                .contains("300 records over 6 state bodies").containsPattern("PDF rendered in [\\d,]+ ms: \\d+ pages");
    }

    @Test
    void aRepeatBelowOneIsRefusedBeforeAnyWork() {
        Cli.Result r = Cli.run(clock, "bench", "report", "--repeat", "0");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--repeat must be 1 or more");
        assertThat(r.out()).doesNotContain("Quarterly summary");
    }
}
