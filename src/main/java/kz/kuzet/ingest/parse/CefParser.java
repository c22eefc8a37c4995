package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ArcSight Common Event Format: seven pipe-separated header fields (escapes {@code \|} and {@code \\}), then
 * {@code key=value} extensions whose values may hold spaces (escapes {@code \=} {@code \\} {@code \n} {@code \r};
 * any other backslash is kept as written). A syslog header before {@code CEF:} is allowed and kept.
 */
public final class CefParser implements RecordParser {

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
        return headerStart(text) >= 0;
    }

    /**
     * Where {@code CEF:<digits>|} starts (at the start or after white space), or -1.
     */
    static int headerStart(String text) {
        int at = text.indexOf("CEF:");
        while (at >= 0) {
            if (at == 0 || isSpace(text.charAt(at - 1))) {
                int d = at + 4;
                while (d < text.length() && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                    d++;
                }
                if (d > at + 4 && d < text.length() && text.charAt(d) == '|') {
                    return at;
                }
            }
            at = text.indexOf("CEF:", at + 1);
        }
        return -1;
    }

    @Override
    public ParsedRecord parse(String text, Instant receivedAt) {
        if (text.indexOf('\n') >= 0) {
            throw new ParseFailure("unescaped line break inside a CEF record (several records on one line?)");
        }
        int headerStart = headerStart(text);
        if (headerStart < 0) {
            throw new ParseFailure("no 'CEF:<version>|' header found");
        }
        int versionEnd = text.indexOf('|', headerStart);
        String prefix = text.substring(0, headerStart).strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!prefix.isEmpty()) {
            fields.put("syslogHeader", prefix);
        }
        fields.put("cefVersion", Integer.parseInt(text, headerStart + 4, versionEnd, 10));
        int pos = versionEnd + 1;
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
        int[] starts = new int[16];
        int[] valueStarts = new int[16];
        int n = 0;
        int len = text.length();
        int p = 0;
        // A key is a run of key characters right after a space (or at the start), then '='; scanned by hand, as a
        // look-behind regex costs more than the rest of the parse.
        while (p < len) {
            if (p == 0 || isSpace(text.charAt(p - 1))) {
                int q = p;
                while (q < len && isKeyChar(text.charAt(q))) {
                    q++;
                }
                if (q > p && q < len && text.charAt(q) == '=') {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                        valueStarts = java.util.Arrays.copyOf(valueStarts, n * 2);
                    }
                    starts[n] = p;
                    valueStarts[n] = q + 1;
                    n++;
                    p = q + 1;
                    continue;
                }
            }
            p++;
        }
        if (n == 0 ? !text.isBlank() : !isBlank(text, 0, starts[0])) {
            String before = n == 0 ? text : text.substring(0, starts[0]);
            throw new ParseFailure("CEF extension text is not key=value: '" + abbreviate(before.strip()) + "'");
        }
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? starts[i + 1] - 1 : len; // less the single space that separates pairs
            while (end > valueStarts[i] && text.charAt(end - 1) == ' ') {
                end--;
            }
            out.put(text.substring(starts[i], valueStarts[i] - 1),
                    unescapeValue(text.substring(valueStarts[i], Math.max(end, valueStarts[i]))));
        }
        return out;
    }

    /** What the regex class {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '[' || c == ']' || c == ',' || c == '-';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
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
        boolean labelled = false;
        for (String key : e.keySet()) {
            labelled |= key.endsWith("Label");
        }
        for (Map.Entry<String, String> entry : e.entrySet()) {
            String key = entry.getKey();
            String label = labelled ? e.get(key + "Label") : null;
            if (containsIgnoringCase(key, "mitre") || containsIgnoringCase(key, "technique")
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

    private static boolean containsIgnoringCase(String s, String lowerCaseWord) {
        for (int i = 0; i + lowerCaseWord.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, lowerCaseWord, 0, lowerCaseWord.length())) {
                return true;
            }
        }
        return false;
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
