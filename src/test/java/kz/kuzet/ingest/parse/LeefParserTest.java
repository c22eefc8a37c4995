package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kuzet.incident.Severity;
import org.junit.jupiter.api.Test;

class LeefParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private final LeefParser parser = new LeefParser();

    @Test
    void readsLeef1WithTabs() {
        ParsedRecord r = parser.parse("LEEF:1.0|Positive|PT NAD|11|SCAN-1|src=10.1.1.1\tdst=10.1.1.2\tdstPort=22\t"
                + "sev=6\tcat=Scanning\tusrName=admin\tdevTime=Mar 10 2026 07:59:00", RECEIVED);
        assertThat(r.fields()).containsEntry("leefVersion", "1.0").containsEntry("vendor", "Positive")
                .containsEntry("product", "PT NAD").containsEntry("version", "11").containsEntry("eventId", "SCAN-1")
                .containsEntry("cat", "Scanning");
        NormalisedDetection d = r.detection();
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(d.dstPort()).isEqualTo(22);
        assertThat(d.user()).isEqualTo("admin");
        assertThat(d.detectedAt()).isEqualTo(Instant.parse("2026-03-10T07:59:00Z"));
    }

    @Test
    void readsLeef2WithADeclaredDelimiter() {
        ParsedRecord r = parser.parse("LEEF:2.0|V|P|1|E1|^|src=10.0.0.1^dst=10.0.0.2^sev=9", RECEIVED);
        assertThat(r.fields()).containsEntry("delimiter", "^").containsEntry("dst", "10.0.0.2");
        assertThat(r.detection().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void readsLeef2WithAHexDelimiterInBothForms() {
        assertThat(parser.parse("LEEF:2.0|V|P|1|E1|0x7c|src=10.0.0.1|sev=2", RECEIVED).fields())
                .containsEntry("src", "10.0.0.1").containsEntry("sev", "2");
        assertThat(parser.parse("LEEF:2.0|V|P|1|E1|x5E|src=10.0.0.1^sev=2", RECEIVED).fields())
                .containsEntry("sev", "2");
    }

    @Test
    void leef2WithAnEmptyDelimiterMeansTab() {
        assertThat(parser.parse("LEEF:2.0|V|P|1|E1||a=1\tb=2", RECEIVED).fields()).containsEntry("b", "2");
    }

    @Test
    void readsLeefInsideSyslogAndUsesItsTime() {
        ParsedRecord r = parser.parse("<13>1 2026-03-10T07:00:00+05:00 qradar-1 - - - - LEEF:1.0|V|P|1|E|a=b",
                RECEIVED);
        assertThat(r.fields()).containsKey("syslogHeader");
        assertThat(r.detection().detectedAt()).isEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
        assertThat(r.detection().host()).isEqualTo("qradar-1");
    }

    @Test
    void honoursDevTimeFormat() {
        NormalisedDetection d = parser.parse("LEEF:1.0|V|P|1|E|devTime=2026-03-10 10:00:00.000 +0500\t"
                + "devTimeFormat=yyyy-MM-dd HH:mm:ss.SSS Z", RECEIVED).detection();
        assertThat(d.detectedAt()).isEqualTo(Instant.parse("2026-03-10T05:00:00Z"));
    }

    @Test
    void rejectsBadDelimitersAndAttributesWithoutEquals() {
        assertThatThrownBy(() -> parser.parse("LEEF:2.0|V|P|1|E|abc|a=1", RECEIVED)).isInstanceOf(ParseFailure.class);
        assertThatThrownBy(() -> parser.parse("LEEF:1.0|V|P|1|E|novalue", RECEIVED))
                .isInstanceOf(ParseFailure.class).hasMessageContaining("key=value");
    }
}
