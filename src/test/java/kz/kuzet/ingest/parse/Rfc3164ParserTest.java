package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Rfc3164ParserTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:30:00Z"), ZoneOffset.UTC);
    private final Rfc3164Parser parser = new Rfc3164Parser();

    @Test
    void readsPriTimeHostTagAndPid() {
        SyslogMessage m = parser.read("<38>Dec 31 23:59:50 web-01 sshd[812]: Failed password for root", clock.instant());
        assertThat(m.facility()).isEqualTo(4);
        assertThat(m.severity()).isEqualTo(6);
        assertThat(m.hostname()).isEqualTo("web-01");
        assertThat(m.appname()).isEqualTo("sshd");
        assertThat(m.procid()).isEqualTo("812");
        assertThat(m.message()).isEqualTo("Failed password for root");
    }

    @Test
    void infersTheYearNearestTheReceiveTime() {
        // received just after New Year: a December message belongs to the year before
        assertThat(parser.read("<38>Dec 31 23:59:50 h t: x", clock.instant()).instant())
                .isEqualTo(Instant.parse("2025-12-31T23:59:50Z"));
        assertThat(parser.read("<38>Jan  1 00:10:00 h t: x", clock.instant()).instant())
                .isEqualTo(Instant.parse("2026-01-01T00:10:00Z"));
        assertThat(parser.read("<38>Jan  1 00:10:00 h t: x", clock.instant()).yearInferred()).isTrue();
    }

    @Test
    void readsLinesWithoutPri() {
        SyslogMessage m = parser.read("Jan  1 00:00:01 fw01 kernel: DROP IN=eth0", clock.instant());
        assertThat(m.priority()).isEqualTo(-1);
        assertThat(m.facility()).isNull();
        assertThat(m.appname()).isEqualTo("kernel");
    }

    @Test
    void readsCommonVendorVariants() {
        SyslogMessage cisco = parser.read("<189>*Dec 31 23:50:00.123 UTC: %SYS-5-CONFIG_I: Configured", clock.instant());
        assertThat(cisco.instant()).isEqualTo(Instant.parse("2025-12-31T23:50:00.123Z"));
        assertThat(cisco.appname()).isEqualTo("%SYS-5-CONFIG_I");
        SyslogMessage withYear = parser.read("<13>Mar  5 2024 10:00:00 host app: m", clock.instant());
        assertThat(withYear.instant()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(withYear.yearInferred()).isFalse();
        SyslogMessage rsyslog = parser.read("<13>2026-01-01T05:00:00+05:00 host app[1]: m", clock.instant());
        assertThat(rsyslog.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        SyslogMessage noHost = parser.read("<13>Jan  1 00:00:00 su: 'su root' failed", clock.instant());
        assertThat(noHost.hostname()).isNull();
        assertThat(noHost.appname()).isEqualTo("su");
        SyslogMessage noTag = parser.read("<13>Jan  1 00:00:00 10.0.0.9 Use the force", clock.instant());
        assertThat(noTag.hostname()).isEqualTo("10.0.0.9");
        assertThat(noTag.appname()).isNull();
        assertThat(noTag.message()).isEqualTo("Use the force");
    }

    @Test
    void readsTimesInTheConfiguredZone() {
        Rfc3164Parser almaty = new Rfc3164Parser(ZoneId.of("Asia/Almaty"));
        assertThat(almaty.read("<13>Jan  1 05:00:00 h t: x", clock.instant()).instant())
                .isBefore(Instant.parse("2026-01-01T05:00:00Z"));
    }

    @Test
    void aPriWithoutTimestampKeepsTheWholeRestAsTheMessage() {
        SyslogMessage m = parser.read("<13>no time here", clock.instant());
        assertThat(m.instant()).isNull();
        assertThat(m.message()).isEqualTo("no time here");
        assertThat(parser.parse("<13>no time here", clock.instant()).detection().timeFromReceipt()).isTrue();
    }

    @Test
    void rejectsTextWithNeitherPriNorTimestamp() {
        assertThatThrownBy(() -> parser.read("hello world", clock.instant())).isInstanceOf(ParseFailure.class);
        assertThatThrownBy(() -> parser.read("<13>Feb 30 10:00:00 h t: x", clock.instant()))
                .isInstanceOf(ParseFailure.class);
    }
}
