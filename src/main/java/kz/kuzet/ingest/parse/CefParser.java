package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ArcSight Common Event Format: seven pipe-separated header fields (escapes {@code \|} and {@code \\}), then
 * {@code key=value} extensions whose values may hold spaces (escapes {@code \=} {@code \\} {@code \n} {@code \r};
 * any other backslash is kept as written). A syslog header before {@code CEF:} is allowed and kept.
 */
public final class CefParser implements RecordParser {

    private static final Pattern START = Pattern.compile("(?:^|\\s)CEF:(\\d+)\\|");
    /** An extension key: letters, digits and the few marks vendors use, after a space (or at the start). */
    private static final Pattern KEY = Pattern.compile("(?:^|(?<=\\s))([A-Za-z0-9_.\\[\\],-]+)=");
    private static final Pattern MITRE_LABEL = Pattern.compile(".*(mitre|technique|att&ck).*");
    private static final String[] HEADER = {"deviceVendor", "deviceProduct", "deviceVersion", "deviceEventClassId",
            "name", "severity"};
    private static final Map<String, String> LONG_NAMES = Map.ofEntries(
            Map.entry("sourceAddress", "src"), Map.entry("destinationAddress", "dst"),
            Map.entry("sourcePort", "spt"), Map.entry("destinationPort", "dpt"),
            Map.entry("sourceUserName", "suser"), Map.entry("destinationUserName", "duser"),
            Map.entry("sourceHostName", "shost"), Map.entry("destinationHostName", "dhost"),
            Map.entry("deviceAddress", "dvc"), Map.entry("deviceHostName", "dvchost"),
            Map.entry("deviceReceiptTime", "rt"), Map.entry("startTime", "start"), Map.entry("endTime", "end"),
            Map.entry("deviceEventCategory", "cat"), Map.entry("deviceTimeZone", "dtz"));

    @Override
    public Format format() {
        return Format.CEF;
    }

    static boolean looksLike(String text) {
        return text.contains("CEF:") && START.matcher(text).find();
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        if (text.indexOf('\n') >= 0) {
            throw new ParseFailure("unescaped line break inside a CEF record (several records on one line?)");
        }
        Matcher start = START.matcher(text);
        if (!start.find()) {
            throw new ParseFailure("no 'CEF:<version>|' header found");
        }
        int headerStart = text.indexOf("CEF:", start.start());
        String prefix = text.substring(0, headerStart).strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!prefix.isEmpty()) {
            fields.put("syslogHeader", prefix);
        }
        fields.put("cefVersion", Integer.parseInt(start.group(1)));
        int pos = start.end();
        StringBuilder value = new StringBuilder();
        for (int field = 0; field < HEADER.length; field++) {
            value.setLength(0);
            boolean closed = false;
            while (pos < text.length()) {
                char ch = text.charAt(pos++);
                if (ch == '\\' && pos < text.length() && (text.charAt(pos) == '|' || text.charAt(pos) == '\\')) {
                    value.append(text.charAt(pos++));
                } else if (ch == '|') {
                    closed = true;
                    break;
                } else {
                    value.append(ch);
                }
            }
            boolean lastAtEnd = field == HEADER.length - 1 && pos >= text.length();
            if (!closed && !lastAtEnd) {
                throw new ParseFailure("CEF header has " + (field + 1) + " of 7 pipe-terminated fields");
            }
            fields.put(HEADER[field], value.toString());
        }
        Map<String, String> ext = extensions(pos >= text.length() ? "" : text.substring(pos));
        fields.putAll(ext);
        return ParsedRecord.detection(Format.CEF, fields, normalise(fields, ext, prefix, text, receivedAt));
    }

    /** The extension pairs in order; a key written twice keeps its last value. */
    static Map<String, String> extensions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = KEY.matcher(text);
        int[] starts = new int[16];
        String[] keys = new String[16];
        int[] valueStarts = new int[16];
        int n = 0;
        while (m.find()) {
            if (m.start(1) > 0 && text.charAt(m.start(1) - 1) == '\\') {
                continue;
            }
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                keys = java.util.Arrays.copyOf(keys, n * 2);
                valueStarts = java.util.Arrays.copyOf(valueStarts, n * 2);
            }
            starts[n] = m.start(1);
            keys[n] = m.group(1);
            valueStarts[n] = m.end();
            n++;
        }
        String before = n == 0 ? text : text.substring(0, starts[0]);
        if (!before.isBlank()) {
            throw new ParseFailure("CEF extension text is not key=value: '" + abbreviate(before.strip()) + "'");
        }
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? starts[i + 1] : text.length();
            String raw = text.substring(valueStarts[i], end);
            if (i + 1 < n) {
                raw = raw.substring(0, raw.length() - 1); // the single space that separates pairs
            }
            out.put(keys[i], unescapeValue(stripTrailingSpaces(raw)));
        }
        return out;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    static String unescapeValue(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                switch (next) {
                    case '=' -> { sb.append('='); i++; }
                    case '\\' -> { sb.append('\\'); i++; }
                    case 'n' -> { sb.append('\n'); i++; }
                    case 'r' -> { sb.append('\r'); i++; }
                    default -> sb.append(ch);
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static NormalisedDetection normalise(Map<String, Object> f, Map<String, String> ext, String prefix,
            String raw, Instant receivedAt) {
        Map<String, String> e = new LinkedHashMap<>();
        ext.forEach((k, v) -> e.put(LONG_NAMES.getOrDefault(k, k), v));
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw);
        String vendor = (String) f.get("deviceVendor");
        String product = (String) f.get("deviceProduct");
        b.product((vendor + " " + product).strip());
        b.signature((String) f.get("deviceEventClassId"), (String) f.get("name"));
        String severity = (String) f.get("severity");
        b.severity(Severities.fromZeroToTen(severity), severity);
        b.category(e.get("cat"));
        b.source(e.get("src"), Numbers.portOrNull(e.get("spt")));
        b.destination(e.get("dst"), Numbers.portOrNull(e.get("dpt")));
        b.host(first(e.get("dhost"), e.get("shost"), e.get("dvchost")));
        b.user(first(e.get("duser"), e.get("suser")));
        b.reporter(e.get("dvc"));
        for (Map.Entry<String, String> entry : e.entrySet()) {
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            String label = e.get(entry.getKey() + "Label");
            if (key.contains("mitre") || key.contains("technique")
                    || (label != null && MITRE_LABEL.matcher(label.toLowerCase(Locale.ROOT)).matches())) {
                Mitre.scan(entry.getValue(), b);
            }
        }
        String zone = e.get("dtz");
        for (String key : new String[] {"rt", "end", "start"}) {
            Instant t = Timestamps.cefOrNull(e.get(key), zone);
            if (t != null) {
                b.time(t);
                break;
            }
        }
        if (!b.hasTime() || !b.hasHost()) {
            SyslogMessage header = prefix.isEmpty() ? null : SyslogPrefix.read(prefix, receivedAt);
            if (header != null) {
                if (!b.hasTime() && header.instant() != null) {
                    b.time(header.instant());
                }
                if (e.get("dhost") == null && e.get("shost") == null && e.get("dvchost") == null) {
                    b.host(header.hostname());
                }
                if (e.get("dvc") == null && Ips.normalise(header.hostname()) != null) {
                    b.reporter(header.hostname());
                }
            }
        }
        if (!b.hasTime()) {
            b.timeFromReceipt(receivedAt);
        }
        return b.build();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !"-".equals(v.strip())) {
                return v;
            }
        }
        return null;
    }
}
