package kz.kuzet.ingest;

import static kz.kuzet.ingest.IngestFixture.rows;
import static kz.kuzet.ingest.IngestFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * Records made to hurt a parser: deep nesting in every JSON format and in Windows XML, entity expansion, a record
 * at the size bound. Each is quarantined with a reason a person can act on, the run goes on, the receipt adds up.
 */
class HostileRecordsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void deeplyNestedAndExpandingRecordsAreQuarantinedWithTheirReasonAndTheRunGoesOn() {
        String deepArrays = "[".repeat(20_000) + "]".repeat(20_000);
        String deepObjects = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">&lol2;</Event>";
        String deepXml = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">"
                + "<a>".repeat(8_000) + "</a>".repeat(8_000) + "</Event>";
        String input = String.join("\n",
                "{\"event_type\":\"alert\",\"x\":" + deepArrays + "}",
                "{\"rule\":{\"level\":5},\"agent\":" + deepObjects + "}",
                "{\"@timestamp\":\"2026-03-01T05:00:00Z\",\"event\":" + deepObjects + "}",
                laughs,
                deepXml,
                "CEF:0|Kuzet|IDS|1|100|Still read after the hostile ones|5|dst=10.1.0.10 rt=1772341200000") + "\n";

        try (Kuzet kuzet = TestEngine.H2.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            IngestReceipt r = kuzet.ingest().ingest(List.of(text("hostile.log", input)), null, "test",
                    IngestProgress.NONE);

            assertThat(r.read()).isEqualTo(6);
            assertThat(r.quarantined()).isEqualTo(5);
            assertThat(r.stored()).isEqualTo(1);
            assertThat(r.addsUp()).isTrue();
            List<String> reasons = rows(kuzet, "select line_no, reason from ingest_quarantine order by line_no");
            assertThat(reasons).hasSize(5);
            assertThat(reasons.get(0)).startsWith("1|").contains("nesting depth");
            assertThat(reasons.get(1)).startsWith("2|").contains("nesting depth");
            assertThat(reasons.get(2)).startsWith("3|").contains("nesting depth");
            assertThat(reasons.get(3)).startsWith("4|").contains("Undeclared general entity \"lol2\"");
            assertThat(reasons.get(4)).startsWith("5|").contains("Element Depth");
            assertThat(reasons).noneMatch(reason -> reason.contains("parser fault"));
        }
    }
}
