package kz.kuzet.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 5424 syslog, read strictly: PRI, version, RFC 3339 time, header field lengths, structured data escapes. */
public final class Rfc5424Parser implements RecordParser {

    /** RFC 5424 lets receivers set a limit; this one is generous but bounded. */
    public static final int MAX_LENGTH = 65_536;
    private static final char BOM = '\uFEFF';

    @Override
    public Format format() {
        return Format.SYSLOG_5424;
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        SyslogMessage m = read(text);
        return ParsedRecord.detection(Format.SYSLOG_5424, m.fields(), SyslogDetections.of(m, text, receivedAt));
    }

    /** Reads the message; throws {@link ParseFailure} naming what is wrong and the column. */
    public SyslogMessage read(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ParseFailure("syslog message longer than " + MAX_LENGTH + " characters");
        }
        Cursor c = new Cursor(text);
        int pri = readPri(c);
        int version = readVersion(c);
        c.expectSpace("after the version");
        String ts = c.token("timestamp", Integer.MAX_VALUE);
        Instant instant = "-".equals(ts) ? null : readTimestamp(ts, c);
        c.expectSpace("after the timestamp");
        String host = c.nilOr(c.token("hostname", 255));
        c.expectSpace("after the hostname");
        String app = c.nilOr(c.token("app-name", 48));
        c.expectSpace("after the app-name");
        String procid = c.nilOr(c.token("procid", 128));
        c.expectSpace("after the procid");
        String msgid = c.nilOr(c.token("msgid", 32));
        c.expectSpace("after the msgid");
        List<SyslogMessage.StructuredElement> sd = readStructuredData(c);
        String message = null;
        boolean bom = false;
        if (!c.atEnd()) {
            c.expectSpace("after the structured data");
            message = c.rest();
            if (!message.isEmpty() && message.charAt(0) == BOM) {
                message = message.substring(1);
                bom = true;
            }
            if (message.isEmpty() && !bom) {
                message = null;
            }
        }
        return new SyslogMessage(pri, version, "-".equals(ts) ? null : ts, instant, false, host, app, procid, msgid,
                sd, message, bom);
    }

    static int readPri(Cursor c) {
        if (c.atEnd() || c.peek() != '<') {
            throw c.fail("expecting a priority value within angle brackets");
        }
        c.next();
        int start = c.pos;
        int value = 0;
        while (!c.atEnd() && Character.isDigit(c.peek()) && c.pos - start < 3) {
            value = value * 10 + (c.next() - '0');
        }
        int digits = c.pos - start;
        if (digits == 0 || c.atEnd() || c.peek() != '>' || value > 191 || (digits > 1 && c.text.charAt(start) == '0')) {
            throw c.fail("expecting a priority value in the range 1-191 or equal to 0");
        }
        c.next();
        return value;
    }

    private static int readVersion(Cursor c) {
        int start = c.pos;
        int value = 0;
        while (!c.atEnd() && Character.isDigit(c.peek()) && c.pos - start < 3) {
            value = value * 10 + (c.next() - '0');
        }
        if (c.pos == start || c.text.charAt(start) == '0') {
            throw c.fail("expecting a version value in the range 1-999");
        }
        return value;
    }

    private static Instant readTimestamp(String ts, Cursor c) {
        // FULL-DATE "T" HH:MM:SS[.1-6 digits](Z|+HH:MM)
        int n = ts.length();
        if (n < 20 || ts.charAt(4) != '-' || ts.charAt(7) != '-' || ts.charAt(10) != 'T' || ts.charAt(13) != ':'
                || ts.charAt(16) != ':') {
            throw c.failAt("expecting a RFC3339 timestamp or a nil value", c.pos - n);
        }
        try {
            int year = digits(ts, 0, 4);
            int month = digits(ts, 5, 7);
            int day = digits(ts, 8, 10);
            int hour = digits(ts, 11, 13);
            int minute = digits(ts, 14, 16);
            int second = digits(ts, 17, 19);
            int i = 19;
            int nanos = 0;
            if (i < n && ts.charAt(i) == '.') {
                int fs = ++i;
                while (i < n && Character.isDigit(ts.charAt(i))) {
                    i++;
                }
                int len = i - fs;
                if (len < 1 || len > 6) {
                    throw new NumberFormatException("fraction");
                }
                nanos = digits(ts, fs, i) * (int) Math.pow(10, 9 - len);
            }
            int offsetSeconds;
            if (i < n && ts.charAt(i) == 'Z' && i + 1 == n) {
                offsetSeconds = 0;
            } else if (i + 6 == n && (ts.charAt(i) == '+' || ts.charAt(i) == '-') && ts.charAt(i + 3) == ':') {
                int oh = digits(ts, i + 1, i + 3);
                int om = digits(ts, i + 4, i + 6);
                if (oh > 23 || om > 59) {
                    throw new NumberFormatException("offset");
                }
                int sign = ts.charAt(i) == '-' ? -1 : 1;
                offsetSeconds = sign * (oh * 3600 + om * 60); // RFC 3339 allows up to 23:59, beyond java.time's 18:00
            } else {
                throw new NumberFormatException("offset");
            }
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC)
                    .minusSeconds(offsetSeconds);
        } catch (NumberFormatException | DateTimeException e) {
            throw c.failAt("expecting a RFC3339 timestamp or a nil value", c.pos - n);
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static List<SyslogMessage.StructuredElement> readStructuredData(Cursor c) {
        if (!c.atEnd() && c.peek() == '-') {
            c.next();
            if (!c.atEnd() && c.peek() != ' ') {
                throw c.fail("expecting a structured data section or a nil value");
            }
            return null;
        }
        if (c.atEnd() || c.peek() != '[') {
            throw c.fail("expecting a structured data section containing one or more elements or a nil value");
        }
        List<SyslogMessage.StructuredElement> elements = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (!c.atEnd() && c.peek() == '[') {
            c.next();
            int idStart = c.pos;
            String id = sdName(c, "structured data element id");
            if (!ids.add(id)) {
                throw c.failAt("duplicate structured data element id '" + id + "' (RFC 5424 6.3.2)", idStart);
            }
            List<Map.Entry<String, String>> params = new ArrayList<>();
            while (!c.atEnd() && c.peek() == ' ') {
                c.next();
                String name = sdName(c, "structured data parameter name");
                if (c.atEnd() || c.next() != '=') {
                    throw c.fail("expecting '=' after a structured data parameter name");
                }
                if (c.atEnd() || c.next() != '"') {
                    throw c.fail("expecting a quoted structured data parameter value");
                }
                params.add(new AbstractMap.SimpleImmutableEntry<>(name, sdValue(c)));
            }
            if (c.atEnd() || c.next() != ']') {
                throw c.fail("expecting ']' or a structured data parameter");
            }
            elements.add(new SyslogMessage.StructuredElement(id, List.copyOf(params)));
        }
        return elements;
    }

    private static String sdName(Cursor c, String what) {
        int start = c.pos;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch < 33 || ch > 126 || ch == '=' || ch == ']' || ch == '"') {
                break;
            }
            c.next();
        }
        int len = c.pos - start;
        if (len < 1 || len > 32) {
            throw c.failAt("expecting a " + what + " (1 to 32 printable US-ASCII characters except = ] \" and space)",
                    len > 32 ? start + 32 : c.pos);
        }
        return c.text.substring(start, c.pos);
    }

    private static String sdValue(Cursor c) {
        StringBuilder v = new StringBuilder();
        while (true) {
            if (c.atEnd()) {
                throw c.fail("unterminated structured data parameter value");
            }
            char ch = c.next();
            if (ch == '"') {
                return v.toString();
            }
            if (ch == ']') {
                throw c.failAt("']' must be escaped inside a structured data parameter value", c.pos - 1);
            }
            if (ch == '\\' && !c.atEnd() && (c.peek() == '"' || c.peek() == '\\' || c.peek() == ']')) {
                v.append(c.next());
            } else {
                v.append(ch);
            }
        }
    }

    /** A position in the text being read; failures name the column. */
    static final class Cursor {
        final String text;
        int pos;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return text.charAt(pos);
        }

        char next() {
            return text.charAt(pos++);
        }

        String rest() {
            String r = text.substring(pos);
            pos = text.length();
            return r;
        }

        void expectSpace(String where) {
            if (atEnd() || peek() != ' ') {
                throw fail("expecting a space " + where);
            }
            pos++;
        }

        /** A run of printable US-ASCII characters of 1 to max length. */
        String token(String what, int max) {
            int start = pos;
            while (!atEnd() && peek() >= 33 && peek() <= 126) {
                pos++;
            }
            int len = pos - start;
            if (len == 0 || len > max) {
                throw failAt("expecting " + article(what) + " " + what
                        + (max == Integer.MAX_VALUE ? "" : " (1 to " + max + " printable US-ASCII characters)")
                        + " or a nil value", len == 0 ? start : start + max);
            }
            return text.substring(start, pos);
        }

        String nilOr(String token) {
            return "-".equals(token) ? null : token;
        }

        ParseFailure fail(String message) {
            return failAt(message, pos);
        }

        ParseFailure failAt(String message, int column) {
            return new ParseFailure(message + " [col " + column + "]");
        }

        private static String article(String what) {
            return "aeiou".indexOf(what.charAt(0)) >= 0 ? "an" : "a";
        }
    }
}
