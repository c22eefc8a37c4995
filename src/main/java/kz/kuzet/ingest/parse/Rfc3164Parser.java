package kz.kuzet.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BSD syslog (RFC 3164) and its common vendor variants: with or without PRI; {@code Mmm dd hh:mm:ss} with optional
 * fraction, year (before or after the time) and zone name; an RFC 3339 time in its place (rsyslog); Cisco's leading
 * {@code *} or {@code .}; a missing hostname. With no year, the year is inferred from the receive time: the one that
 * puts the message nearest to it. Times without a zone are read in the zone given (UTC unless configured).
 */
public final class Rfc3164Parser implements RecordParser {

    private static final Pattern BSD_TIME = Pattern.compile(
            "^[*.]?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \\d]\\d)(?: (\\d{4}))? "
                    + "(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?(?: (\\d{4}))?(?: ([A-Z]{3,5}))?:? ");
    private static final Pattern ISO_TIME = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?) ");
    private static final Pattern TAG = Pattern.compile("^([^\\s\\[\\]:]{1,48})(?:\\[([^\\]\\s]{0,128})\\])?:(?: |$)");
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private final ZoneId zone;

    public Rfc3164Parser() {
        this(ZoneOffset.UTC);
    }

    public Rfc3164Parser(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Format format() {
        return Format.SYSLOG_3164;
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        SyslogMessage m = read(text, receivedAt);
        return ParsedRecord.detection(Format.SYSLOG_3164, m.fields(), SyslogDetections.of(m, text, receivedAt));
    }

    public SyslogMessage read(String text, Instant receivedAt) {
        if (text.length() > Rfc5424Parser.MAX_LENGTH) {
            throw new ParseFailure("syslog message longer than " + Rfc5424Parser.MAX_LENGTH + " characters");
        }
        int pri = -1;
        int pos = 0;
        if (text.startsWith("<")) {
            Rfc5424Parser.Cursor c = new Rfc5424Parser.Cursor(text);
            pri = Rfc5424Parser.readPri(c);
            pos = c.pos;
        }
        String rest = text.substring(pos);
        String timestamp;
        Instant instant;
        boolean inferred = false;
        Matcher bsd = BSD_TIME.matcher(rest);
        Matcher iso = ISO_TIME.matcher(rest);
        if (bsd.find()) {
            timestamp = rest.substring(0, bsd.end()).trim();
            if (timestamp.endsWith(":")) {
                timestamp = timestamp.substring(0, timestamp.length() - 1);
            }
            String year = bsd.group(3) != null ? bsd.group(3) : bsd.group(8);
            ZoneId z = bsd.group(9) == null ? zone : Timestamps.zoneOrUtc(bsd.group(9));
            instant = bsdInstant(bsd, year, z, receivedAt);
            inferred = year == null;
            rest = rest.substring(bsd.end());
        } else if (iso.find()) {
            timestamp = iso.group(1);
            instant = Timestamps.isoOrNull(timestamp);
            if (instant == null) {
                throw new ParseFailure("unreadable RFC 3339 timestamp '" + timestamp + "'");
            }
            rest = rest.substring(iso.end());
        } else if (pri >= 0) {
            // RFC 3164 4.3.3: a relay receiving a PRI without a valid TIMESTAMP treats the rest as the message
            return new SyslogMessage(pri, 0, null, null, false, null, null, null, null, null, rest, false);
        } else {
            throw new ParseFailure("expecting an RFC 3164 timestamp (Mmm dd hh:mm:ss) at the start of the line");
        }
        String hostname = null;
        String app = null;
        String procid = null;
        if (!TAG.matcher(rest).find()) {
            int space = rest.indexOf(' ');
            String first = space < 0 ? rest : rest.substring(0, space);
            if (!first.isEmpty() && first.chars().allMatch(ch -> ch > 32 && ch < 127)) {
                hostname = first;
                rest = space < 0 ? "" : rest.substring(space + 1);
            }
        }
        Matcher tag = TAG.matcher(rest);
        if (tag.find()) {
            app = tag.group(1);
            procid = tag.group(2);
            rest = rest.substring(tag.end());
        }
        return new SyslogMessage(pri, 0, timestamp, instant, inferred, hostname, app, procid, null, null, rest, false);
    }

    private Instant bsdInstant(Matcher m, String year, ZoneId z, Instant receivedAt) {
        int month = MONTHS.indexOf(m.group(1)) / 3 + 1;
        int day = Integer.parseInt(m.group(2).trim());
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        int nanos = 0;
        if (m.group(7) != null) {
            String f = (m.group(7).substring(1) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
        }
        try {
            if (year != null) {
                return LocalDateTime.of(Integer.parseInt(year), month, day, hour, minute, second, nanos).atZone(z)
                        .toInstant();
            }
            int received = ZonedDateTime.ofInstant(receivedAt, z).getYear();
            Instant best = null;
            for (int y = received - 1; y <= received + 1; y++) {
                try {
                    Instant candidate = LocalDateTime.of(y, month, day, hour, minute, second, nanos).atZone(z)
                            .toInstant();
                    if (best == null || distance(candidate, receivedAt) < distance(best, receivedAt)) {
                        best = candidate;
                    }
                } catch (DateTimeException e) {
                    // Feb 29 in a year that has none
                }
            }
            if (best == null) {
                throw new ParseFailure("no year near the receive time has the date " + m.group(1) + " " + day);
            }
            return best;
        } catch (DateTimeException e) {
            throw new ParseFailure("invalid date or time in '" + m.group().trim() + "'");
        }
    }

    private static long distance(Instant a, Instant b) {
        return Math.abs(a.getEpochSecond() - b.getEpochSecond());
    }

    static boolean looksLikeBsdStart(String s) {
        if (s.length() < 16) {
            return false;
        }
        String head = s.charAt(0) == '*' || s.charAt(0) == '.' ? s.substring(1) : s;
        return head.length() > 4 && MONTHS.contains(head.substring(0, 3)) && head.charAt(3) == ' '
                && head.substring(0, 3).chars().allMatch(Character::isLetter);
    }
}
