package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import kz.kuzet.incident.Severity;
import org.junit.jupiter.api.Test;

class Rfc5424ParserTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private final Rfc5424Parser parser = new Rfc5424Parser();

    @Test
    void readsEveryHeaderField() {
        SyslogMessage m = parser.read("<165>1 2026-03-10T12:00:00.123456+05:00 ids-01.gov.kz snort 4711 ALERT - hi");
        assertThat(m.facility()).isEqualTo(20);
        assertThat(m.severity()).isEqualTo(5);
        assertThat(m.version()).isEqualTo(1);
        assertThat(m.instant()).isEqualTo(Instant.parse("2026-03-10T07:00:00.123456Z"));
        assertThat(m.hostname()).isEqualTo("ids-01.gov.kz");
        assertThat(m.appname()).isEqualTo("snort");
        assertThat(m.procid()).isEqualTo("4711");
        assertThat(m.msgid()).isEqualTo("ALERT");
        assertThat(m.structuredData()).isNull();
        assertThat(m.message()).isEqualTo("hi");
    }

    @Test
    void nilValuesAreAbsentAndTheMessageIsOptional() {
        SyslogMessage m = parser.read("<0>1 - - - - - -");
        assertThat(m.timestamp()).isNull();
        assertThat(m.hostname()).isNull();
        assertThat(m.message()).isNull();
        ParsedRecord r = parser.parse("<0>1 - - - - - -", RECEIVED);
        assertThat(r.detection().timeFromReceipt()).isTrue();
        assertThat(r.detection().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void readsStructuredDataWithEscapes() {
        SyslogMessage m = parser.read("<13>1 2026-03-10T08:00:00Z h a - - [x@1 q=\"say \\\"hi\\\"\" b=\"a\\]b\" "
                + "c=\"back\\\\slash\" d=\"keep\\n\"][y@2 k=\"1\" k=\"2\"] msg");
        Map<String, Map<String, Object>> sd = m.structuredDataMap();
        assertThat(sd.get("x@1")).containsEntry("q", "say \"hi\"").containsEntry("b", "a]b")
                .containsEntry("c", "back\\slash").containsEntry("d", "keep\\n");
        assertThat(sd.get("y@2").get("k")).isEqualTo(java.util.List.of("1", "2"));
        assertThat(m.message()).isEqualTo("msg");
    }

    @Test
    void stripsTheBomAndNotesIt() {
        SyslogMessage m = parser.read("<13>1 - - - - - - \uFEFFТекст");
        assertThat(m.message()).isEqualTo("Текст");
        assertThat(m.bom()).isTrue();
    }

    @Test
    void readsTimeOffsetsAndFractions() {
        assertThat(parser.read("<13>1 2026-03-10T08:00:00.1-03:30 - - - - -").instant())
                .isEqualTo(Instant.parse("2026-03-10T11:30:00.100Z"));
    }

    @Test
    void rejectsWhatTheRfcForbids() {
        assertThatThrownBy(() -> parser.read("<192>1 - - - - - -")).isInstanceOf(ParseFailure.class)
                .hasMessageContaining("priority");
        assertThatThrownBy(() -> parser.read("<13>0 - - - - - -")).hasMessageContaining("version");
        assertThatThrownBy(() -> parser.read("<13>1 2026-02-30T08:00:00Z - - - - -")).hasMessageContaining("RFC3339");
        assertThatThrownBy(() -> parser.read("<13>1 2026-03-10T08:00:00.1234567Z - - - - -"))
                .hasMessageContaining("RFC3339");
        assertThatThrownBy(() -> parser.read("<13>1 - - " + "a".repeat(49) + " - - -")).hasMessageContaining("app-name");
        assertThatThrownBy(() -> parser.read("<13>1 - - - - " + "m".repeat(33) + " -")).hasMessageContaining("msgid");
        assertThatThrownBy(() -> parser.read("<13>1 - - - - - [x a=\"b]\"]")).hasMessageContaining("escaped");
        assertThatThrownBy(() -> parser.read("<13>1 - - - - - [" + "i".repeat(33) + "]"))
                .hasMessageContaining("element id");
        assertThatThrownBy(() -> parser.read("<13>1 - - - - - -" + "x".repeat(Rfc5424Parser.MAX_LENGTH)))
                .hasMessageContaining("longer than");
    }
}
