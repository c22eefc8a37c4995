package kz.kuzet.ingest.parse;

import java.time.Instant;

/** The detection a plain syslog message stands for: its program as signature, its text as name. */
final class SyslogDetections {
    private static final int NAME_LIMIT = 200;

    private SyslogDetections() {
    }

    static NormalisedDetection of(SyslogMessage m, String raw, Instant receivedAt) {
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw);
        if (m.instant() != null) {
            b.time(m.instant());
        } else {
            b.timeFromReceipt(receivedAt);
        }
        Integer sev = m.severity();
        b.severity(sev == null ? kz.kuzet.incident.Severity.LOW : Severities.fromSyslog(sev),
                sev == null ? null : "syslog severity " + sev);
        String message = m.message() == null ? "" : m.message().strip();
        String app = m.appname();
        b.product(app);
        b.signature(m.msgid() != null ? m.msgid() : app,
                message.length() > NAME_LIMIT ? message.substring(0, NAME_LIMIT) : message);
        b.host(m.hostname());
        if (Ips.normalise(m.hostname()) != null) {
            b.reporter(m.hostname());
        }
        Mitre.scan(message, b);
        return b.build();
    }
}
