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
        java.util.regex.Matcher epoch = java.util.regex.Pattern.compile("^(\\d{10}|\\d{13}) (\\S+)$").matcher(p);
        if (epoch.matches()) {
            long v = Long.parseLong(epoch.group(1));
            Instant at = epoch.group(1).length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return new SyslogMessage(-1, 0, epoch.group(1), at, false, epoch.group(2), null, null, null, null, null,
                    false);
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
