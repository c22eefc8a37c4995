package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParsersTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private final Parsers parsers = new Parsers();

    private Format detected(String text) {
        return parsers.parse(text, null, RECEIVED).format();
    }

    @Test
    void detectsEachFormatFromTheRecordItself() {
        assertThat(detected("CEF:0|V|P|1|2|N|3|a=b")).isEqualTo(Format.CEF);
        assertThat(detected("<13>Mar 10 10:00:00 host CEF:0|V|P|1|2|N|3|a=b")).isEqualTo(Format.CEF);
        assertThat(detected("LEEF:1.0|V|P|1|E|a=b")).isEqualTo(Format.LEEF);
        assertThat(detected("<13>1 - - - - - - hello")).isEqualTo(Format.SYSLOG_5424);
        assertThat(detected("<13>Mar 10 10:00:00 host app: hello")).isEqualTo(Format.SYSLOG_3164);
        assertThat(detected("Mar 10 10:00:00 host app: hello")).isEqualTo(Format.SYSLOG_3164);
        assertThat(detected("{\"timestamp\":\"2026-03-10T08:00:00Z\",\"event_type\":\"dns\"}"))
                .isEqualTo(Format.SURICATA);
        assertThat(detected("{\"timestamp\":\"2026-03-10T08:00:00Z\",\"rule\":{\"level\":3}}")).isEqualTo(Format.WAZUH);
        assertThat(detected("{\"@timestamp\":\"2026-03-10T08:00:00Z\",\"event\":{}}")).isEqualTo(Format.ECS);
        assertThat(detected("{\"Event\":{\"System\":{\"EventID\":1,\"TimeCreated\":{\"#attributes\":"
                + "{\"SystemTime\":\"2026-03-10T08:00:00Z\"}}}}}")).isEqualTo(Format.WINDOWS_JSON);
        assertThat(detected("<Event><System><EventID>1</EventID><TimeCreated SystemTime=\"2026-03-10T08:00:00Z\"/>"
                + "</System></Event>")).isEqualTo(Format.WINDOWS_XML);
    }

    @Test
    void aForcedFormatIsUsedAsIs() {
        assertThatThrownBy(() -> parsers.parse("CEF:0|V|P|1|2|N|3|a=b", Format.LEEF, RECEIVED))
                .isInstanceOf(ParseFailure.class);
    }

    @Test
    void unknownTextAndUnknownJsonSayWhatIsExpected() {
        assertThatThrownBy(() -> parsers.parse("hello", null, RECEIVED)).hasMessageContaining("--format");
        assertThatThrownBy(() -> parsers.parse("{\"a\":1}", null, RECEIVED)).hasMessageContaining("unknown shape");
        assertThatThrownBy(() -> parsers.parse("  ", null, RECEIVED)).hasMessageContaining("empty");
    }

    @Test
    void formatNamesAreReadWithTheListOnError() {
        assertThat(Format.fromId("Syslog-5424")).isEqualTo(Format.SYSLOG_5424);
        assertThatThrownBy(() -> Format.fromId("xml")).hasMessageContaining("cef, leef");
    }
}
