package kz.kuzet.ingest.parse;

import java.time.Instant;

/** The syslog header in front of a CEF or LEEF payload, read as far as it can be; never fails. */
final class SyslogPrefix {
    private SyslogPrefix() {
    }

    /** The header's message, or null when the prefix is no syslog header. */
    static SyslogMessage read(String prefix, Instant receivedAt) {
        String p = prefix.strip();
        if (p.isEmpty()) {
            return null;
        }
        if (p.matches("^<\\d{1,3}>[1-9]\\d{0,2} .*")) {
            try {
                return new Rfc5424Parser().read(p);
            } catch (ParseFailure e) {
                // fall through to the BSD reading
            }
        }
        try {
            return new Rfc3164Parser().read(p + " ", receivedAt);
        } catch (ParseFailure e) {
            return null;
        }
    }
}
