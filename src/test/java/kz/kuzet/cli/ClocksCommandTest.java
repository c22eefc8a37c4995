package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClocksCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    private JsonNode clocks(String... args) throws Exception {
        Cli.Result r = Cli.run(clock, args);
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    private static JsonNode clock(JsonNode result, String name) {
        for (JsonNode c : result.get("clocks")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + name + " in " + result);
    }

    @ParameterizedTest(name = "sb_notice at {0} is {1}")
    @CsvSource({
            "2026-07-12T10:29:59.999999999+05:00, running, 0",
            "2026-07-12T10:30:00+05:00, running, 0",
            "2026-07-12T10:30:00.000000001+05:00, overdue, -1",
            "2026-07-12T05:31:00Z, overdue, -60"})
    void sbNoticeBoundariesAnyOffset(String at, String state, long remaining) throws Exception {
        JsonNode result = clocks("clocks", "--kind", "event", "--detected", "2026-07-12T10:00:00+05:00",
                "--at", at, "--json");
        JsonNode sb = clock(result, "sb_notice");
        assertThat(sb.get("state").asText()).isEqualTo(state);
        assertThat(sb.get("remaining_seconds").asLong()).isEqualTo(remaining);
        assertThat(sb.get("due").asText()).isEqualTo("2026-07-12T05:30:00Z");
        assertThat(result.get("headline").asText()).isEqualTo("sb_notice");
    }

    @Test
    void allFourClocksOfAnEscalatedIncident() throws Exception {
        JsonNode result = clocks("clocks", "--kind", "incident", "--detected", "2026-07-12T05:00:00Z",
                "--sb-notice", "2026-07-12T05:20:00Z", "--sb-notice-received", "2026-07-12T05:40:00Z",
                "--knb-notice", "2026-07-12T09:00:00Z", "--escalation-notice", "2026-07-14T06:00:00Z",
                "--at", "2026-07-15T00:00:00Z", "--json");
        assertThat(clock(result, "sb_notice").get("state").asText()).isEqualTo("met");
        assertThat(clock(result, "knb_notice").get("state").asText()).isEqualTo("late");
        JsonNode report = clock(result, "sb_report");
        assertThat(report.get("start").asText()).isEqualTo("2026-07-12T05:40:00Z");
        assertThat(report.get("due").asText()).isEqualTo("2026-07-14T05:40:00Z");
        assertThat(report.get("state").asText()).isEqualTo("overdue");
        assertThat(clock(result, "escalation").get("state").asText()).isEqualTo("escalated");
        assertThat(result.get("headline").asText()).isEqualTo("sb_report");
    }

    @Test
    void falsePositiveHasNoHeadline() throws Exception {
        JsonNode result = clocks("clocks", "--kind", "false_positive", "--detected", "2026-07-12T05:00:00Z",
                "--at", "2026-07-12T06:00:00Z", "--json");
        assertThat(result.get("headline").isNull()).isTrue();
        assertThat(clock(result, "escalation").get("state").asText()).isEqualTo("not_applicable");
        assertThat(clock(result, "escalation").get("remaining_seconds").isNull()).isTrue();
    }

    @Test
    void withoutAtItUsesTheInjectedClock() throws Exception {
        JsonNode result = clocks("clocks", "--kind", "event", "--detected", "2026-07-12T04:45:00Z", "--json");
        assertThat(clock(result, "sb_notice").get("remaining_seconds").asLong()).isEqualTo(15 * 60);
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        Cli.Result noKind = Cli.run(clock, "clocks", "--detected", "2026-07-12T05:00:00Z", "--json");
        assertThat(noKind.exit()).isEqualTo(2);
        assertThat(noKind.err()).contains("--kind");
        Cli.Result badInstant = Cli.run(clock, "clocks", "--kind", "event", "--detected", "yesterday");
        assertThat(badInstant.exit()).isEqualTo(2);
        assertThat(badInstant.err()).contains("--detected").contains("ISO-8601");
        Cli.Result badKind = Cli.run(clock, "clocks", "--kind", "breach", "--detected", "2026-07-12T05:00:00Z");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("incident, event or false_positive");
    }

    @Test
    void humanOutputShowsAlmatyTime() {
        Cli.Result r = Cli.run(clock, "clocks", "--kind", "incident", "--detected", "2026-07-12T05:00:00Z");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2026-07-12 10:30:00 +05:00").contains("Headline: sb_notice");
    }
}
