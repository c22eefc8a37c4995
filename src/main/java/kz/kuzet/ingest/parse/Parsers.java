package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** Every format's parser, and the choice among them per record: named with --format, or detected from the text. */
public final class Parsers {

    private final Map<Format, RecordParser> parsers = new EnumMap<>(Format.class);

    public Parsers() {
        this(ZoneOffset.UTC);
    }

    /** @param syslogZone the zone RFC 3164 times without a zone are read in */
    public Parsers(ZoneId syslogZone) {
        register(new CefParser());
        register(new LeefParser());
        register(new Rfc5424Parser());
        register(new Rfc3164Parser(syslogZone));
        register(new SuricataEveParser());
        register(new WazuhAlertParser());
        register(new WindowsEventXmlParser());
        register(new WindowsEventJsonParser());
        register(new EcsParser());
    }

    private void register(RecordParser p) {
        parsers.put(p.format(), p);
    }

    public RecordParser parser(Format format) {
        return parsers.get(format);
    }

    /**
     * Parses one record in the named format, or the detected one when {@code forced} is null. Throws only
     * {@link ParseFailure}.
     */
    public ParsedRecord parse(String text, Format forced, Instant receivedAt) {
        String t = strip(text);
        if (t.isEmpty()) {
            throw new ParseFailure("empty record");
        }
        if (t.charAt(0) == '{' && (forced == null || parsers.get(forced) instanceof JsonRecordParser)) {
            JsonNode doc = JsonRecordParser.readTree(t);
            Format f = forced != null ? forced : detectJson(doc);
            return ((JsonRecordParser) parsers.get(f)).parse(doc, text, receivedAt);
        }
        Format f = forced != null ? forced : detectText(t);
        return parsers.get(f).parse(f == Format.WINDOWS_XML ? t : text, receivedAt);
    }

    private static String strip(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        int end = text.length();
        while (end > i && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(i, end);
    }

    static Format detectJson(JsonNode doc) {
        if (WindowsEventJsonParser.looksLike(doc)) {
            return Format.WINDOWS_JSON;
        }
        if (WazuhAlertParser.looksLike(doc)) {
            return Format.WAZUH;
        }
        if (SuricataEveParser.looksLike(doc)) {
            return Format.SURICATA;
        }
        if (EcsParser.looksLike(doc)) {
            return Format.ECS;
        }
        throw new ParseFailure("JSON object of unknown shape: expecting Suricata EVE (event_type), Wazuh alert "
                + "(rule.level), Windows event (Event.System) or ECS (@timestamp); name the format with --format");
    }

    static Format detectText(String t) {
        if (WindowsEventXmlParser.looksLike(t)) {
            return Format.WINDOWS_XML;
        }
        if (CefParser.looksLike(t)) {
            return Format.CEF;
        }
        if (LeefParser.looksLike(t)) {
            return Format.LEEF;
        }
        if (t.charAt(0) == '<') {
            int close = t.indexOf('>');
            if (close > 1 && close <= 4 && close + 1 < t.length() && Character.isDigit(t.charAt(close + 1))
                    && t.substring(1, close).chars().allMatch(Character::isDigit)) {
                int sp = t.indexOf(' ', close);
                String version = sp < 0 ? t.substring(close + 1) : t.substring(close + 1, sp);
                if (version.length() <= 3 && version.chars().allMatch(Character::isDigit)) {
                    return Format.SYSLOG_5424;
                }
            }
            return Format.SYSLOG_3164;
        }
        if (Rfc3164Parser.looksLikeBsdStart(t) || t.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
            return Format.SYSLOG_3164;
        }
        throw new ParseFailure("unrecognised record: not CEF, LEEF, syslog, JSON or Windows event XML; "
                + "name the format with --format (" + Format.names() + ")");
    }
}
