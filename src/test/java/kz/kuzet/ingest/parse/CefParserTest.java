package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kuzet.incident.Severity;
import org.junit.jupiter.api.Test;

class CefParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private final CefParser parser = new CefParser();

    @Test
    void readsHeaderAndExtensionsUnderTheirOwnNames() {
        ParsedRecord r = parser.parse("CEF:0|Kaspersky|KATA|5.1|IDS-77|Lateral movement|8|src=10.20.1.5 spt=51000 "
                + "dst=10.20.9.9 dpt=445 duser=a.nurlanov rt=1773129600000", RECEIVED);
        assertThat(r.format()).isEqualTo(Format.CEF);
        assertThat(r.fields()).containsEntry("cefVersion", 0).containsEntry("deviceVendor", "Kaspersky")
                .containsEntry("deviceProduct", "KATA").containsEntry("deviceVersion", "5.1")
                .containsEntry("deviceEventClassId", "IDS-77").containsEntry("name", "Lateral movement")
                .containsEntry("severity", "8").containsEntry("spt", "51000").containsEntry("duser", "a.nurlanov");
        NormalisedDetection d = r.detection();
        assertThat(d.detectedAt()).isEqualTo(Instant.ofEpochMilli(1773129600000L));
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.originalSeverity()).isEqualTo("8");
        assertThat(d.srcIp()).isEqualTo("10.20.1.5");
        assertThat(d.dstPort()).isEqualTo(445);
        assertThat(d.user()).isEqualTo("a.nurlanov");
        assertThat(d.product()).isEqualTo("Kaspersky KATA");
    }

    @Test
    void unescapesPipesAndBackslashesInTheHeader() {
        ParsedRecord r = parser.parse("CEF:0|Ven\\|dor|Prod\\\\uct|1|2|a \\| b|3|", RECEIVED);
        assertThat(r.fields()).containsEntry("deviceVendor", "Ven|dor").containsEntry("deviceProduct", "Prod\\uct")
                .containsEntry("name", "a | b");
    }

    @Test
    void unescapesExtensionValuesAndKeepsSpaces() {
        ParsedRecord r = parser.parse("CEF:0|V|P|1|2|N|5|msg=line one\\nline two\\r done a\\=b c\\\\d "
                + "request=/x?a\\=1 act=blocked now", RECEIVED);
        assertThat(r.fields()).containsEntry("msg", "line one\nline two\r done a=b c\\d")
                .containsEntry("request", "/x?a=1").containsEntry("act", "blocked now");
    }

    @Test
    void keepsCustomLabelPairsAndFindsMitreInALabelledField() {
        ParsedRecord r = parser.parse("CEF:0|V|P|1|2|N|10|cs1Label=MITRE technique cs1=T1059.001 "
                + "cs2Label=Policy cs2=Default policy", RECEIVED);
        assertThat(r.fields()).containsEntry("cs1Label", "MITRE technique").containsEntry("cs1", "T1059.001")
                .containsEntry("cs2", "Default policy");
        assertThat(r.detection().mitreTechniques()).containsExactly("T1059.001");
        assertThat(r.detection().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void readsCefInsideASyslogLineAndTakesTimeAndHostFromTheHeader() {
        ParsedRecord r = parser.parse("<134>Mar  9 23:10:00 fw-astana CEF:0|V|P|1|2|N|Low|src=1.2.3.4", RECEIVED);
        assertThat(r.fields()).containsEntry("syslogHeader", "<134>Mar  9 23:10:00 fw-astana");
        assertThat(r.detection().detectedAt()).isEqualTo(Instant.parse("2026-03-09T23:10:00Z"));
        assertThat(r.detection().host()).isEqualTo("fw-astana");
        assertThat(r.detection().severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void usesTheReceiveTimeWhenTheRecordHasNoTimeAndSaysSo() {
        NormalisedDetection d = parser.parse("CEF:0|V|P|1|2|N|3|", RECEIVED).detection();
        assertThat(d.detectedAt()).isEqualTo(RECEIVED);
        assertThat(d.timeFromReceipt()).isTrue();
    }

    @Test
    void readsTextualReceiptTimeWithZone() {
        NormalisedDetection d = parser.parse("CEF:0|V|P|1|2|N|3|rt=Mar 10 2026 13:00:00 Asia/Almaty", RECEIVED)
                .detection();
        assertThat(d.detectedAt()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void rejectsShortHeadersAndTextThatIsNotKeyValue() {
        assertThatThrownBy(() -> parser.parse("CEF:0|V|P|1|2", RECEIVED)).isInstanceOf(ParseFailure.class)
                .hasMessageContaining("of 7");
        assertThatThrownBy(() -> parser.parse("CEF:0|V|P|1|2|N|3|just words", RECEIVED))
                .isInstanceOf(ParseFailure.class).hasMessageContaining("not key=value");
    }
}
