package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBM QRadar's Log Event Extended Format. LEEF 1.0: five header fields, attributes separated by tabs. LEEF 2.0: a
 * sixth header field names the delimiter, as a character or in hex ({@code 0x5E}, {@code x5E}); tab when empty.
 * A syslog header before {@code LEEF:} is allowed and kept.
 */
public final class LeefParser implements RecordParser {

    private static final Pattern START = Pattern.compile("(?:^|\\s)LEEF:([12]\\.0)\\|");

    @Override
    public Format format() {
        return Format.LEEF;
    }

    static boolean looksLike(String text) {
        return text.contains("LEEF:") && START.matcher(text).find();
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        Matcher start = START.matcher(text);
        if (!start.find()) {
            throw new ParseFailure("no 'LEEF:1.0|' or 'LEEF:2.0|' header found");
        }
        String version = start.group(1);
        int headerStart = text.indexOf("LEEF:", start.start());
        String prefix = text.substring(0, headerStart).strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!prefix.isEmpty()) {
            fields.put("syslogHeader", prefix);
        }
        fields.put("leefVersion", version);
        int pos = start.end();
        String[] names = {"vendor", "product", "version", "eventId"};
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            value.setLength(0);
            boolean closed = false;
            while (pos < text.length()) {
                char ch = text.charAt(pos++);
                if (ch == '\\' && pos < text.length() && text.charAt(pos) == '|') {
                    value.append(text.charAt(pos++));
                } else if (ch == '|') {
                    closed = true;
                    break;
                } else {
                    value.append(ch);
                }
            }
            boolean lastOfV1 = i == names.length - 1 && version.equals("1.0");
            if (!closed && !(lastOfV1 && pos >= text.length())) {
                throw new ParseFailure("LEEF header has " + (i + 1) + " of " + (version.equals("1.0") ? 5 : 6)
                        + " fields");
            }
            fields.put(names[i], value.toString());
        }
        String delimiter = "\t";
        if (version.equals("2.0")) {
            int bar = text.indexOf('|', pos);
            if (bar < 0) {
                throw new ParseFailure("LEEF 2.0 header has no delimiter field");
            }
            String declared = text.substring(pos, bar);
            delimiter = delimiter(declared);
            fields.put("delimiter", declared);
            pos = bar + 1;
        }
        Map<String, String> attributes = attributes(text.substring(pos), delimiter);
        fields.putAll(attributes);
        return ParsedRecord.detection(Format.LEEF, fields, normalise(fields, attributes, prefix, text, receivedAt));
    }

    static String delimiter(String declared) {
        if (declared.isEmpty()) {
            return "\t";
        }
        String d = declared;
        if (d.length() > 1 && (d.startsWith("0x") || d.startsWith("0X") || d.startsWith("x") || d.startsWith("X"))) {
            String hex = d.substring(d.indexOf('x') >= 0 ? d.indexOf('x') + 1 : d.indexOf('X') + 1);
            try {
                int cp = Integer.parseInt(hex, 16);
                if (cp <= 0 || cp > 0x10FFFF) {
                    throw new ParseFailure("LEEF delimiter '" + declared + "' is no character");
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                throw new ParseFailure("LEEF delimiter '" + declared + "' is neither one character nor hex");
            }
        }
        if (d.codePointCount(0, d.length()) != 1) {
            throw new ParseFailure("LEEF delimiter '" + declared + "' is neither one character nor hex");
        }
        return d;
    }

    private static Map<String, String> attributes(String text, String delimiter) {
        Map<String, String> out = new LinkedHashMap<>();
        int pos = 0;
        while (pos <= text.length()) {
            int end = text.indexOf(delimiter, pos);
            if (end < 0) {
                end = text.length();
            }
            String pair = text.substring(pos, end);
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ParseFailure("LEEF attribute is not key=value: '"
                            + (pair.length() > 60 ? pair.substring(0, 57) + "..." : pair) + "'");
                }
                out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
            }
            pos = end + delimiter.length();
        }
        return out;
    }

    private static NormalisedDetection normalise(Map<String, Object> f, Map<String, String> a, String prefix,
            String raw, Instant receivedAt) {
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw);
        b.product((f.get("vendor") + " " + f.get("product")).strip());
        b.signature((String) f.get("eventId"), first(a.get("name"), a.get("msg"), (String) f.get("eventId")));
        String sev = a.get("sev");
        b.severity(Severities.fromZeroToTen(sev), sev);
        b.category(a.get("cat"));
        b.source(a.get("src"), Numbers.portOrNull(a.get("srcPort")));
        b.destination(a.get("dst"), Numbers.portOrNull(a.get("dstPort")));
        b.host(first(a.get("identHostName"), a.get("dstHostName"), a.get("srcHostName")));
        b.user(first(a.get("usrName"), a.get("accountName")));
        b.reporter(a.get("devAddr"));
        a.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).contains("mitre") || k.toLowerCase(Locale.ROOT).contains("technique")) {
                Mitre.scan(v, b);
            }
        });
        Instant t = devTime(a.get("devTime"), a.get("devTimeFormat"));
        if (t != null) {
            b.time(t);
        } else {
            SyslogMessage header = prefix.isEmpty() ? null : SyslogPrefix.read(prefix, receivedAt);
            if (header != null && header.instant() != null) {
                b.time(header.instant());
            }
            if (header != null && !b.hasHost()) {
                b.host(header.hostname());
            }
        }
        if (!b.hasTime()) {
            b.timeFromReceipt(receivedAt);
        }
        return b.build();
    }

    static Instant devTime(String value, String pattern) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (pattern != null && !pattern.isBlank()) {
            try {
                DateTimeFormatter fmt = DateTimeFormatter.ofPattern(pattern.strip(), Locale.ENGLISH);
                var parsed = fmt.parseBest(value.strip(), ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof ZonedDateTime z ? z.toInstant()
                        : ((LocalDateTime) parsed).toInstant(java.time.ZoneOffset.UTC);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // fall back to the default forms below
            }
        }
        return Timestamps.cefOrNull(value, null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
