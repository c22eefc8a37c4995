package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** Wazuh alerts JSON: {@code rule.level}, {@code rule.id}, {@code rule.mitre}, {@code agent}, {@code data}. */
public final class WazuhAlertParser extends JsonRecordParser {

    @Override
    public Format format() {
        return Format.WAZUH;
    }

    static boolean looksLike(JsonNode doc) {
        return doc.path("rule").isObject() && doc.path("rule").has("level");
    }

    @Override
    public ParsedRecord parse(JsonNode doc, String raw, Instant receivedAt) {
        if (!doc.path("rule").isObject()) {
            throw new ParseFailure("no 'rule' object in this Wazuh alert");
        }
        Integer level = integer(doc, "rule.level");
        if (level == null) {
            throw new ParseFailure("no numeric 'rule.level' in this Wazuh alert");
        }
        Map<String, Object> fields = flatten(doc);
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw);
        b.time(requiredInstant(doc, doc.has("timestamp") ? "timestamp" : "@timestamp"));
        b.product("Wazuh");
        b.signature(text(doc, "rule.id"), text(doc, "rule.description"));
        b.severity(Severities.fromWazuhLevel(level), "rule.level " + level);
        var groups = texts(doc, "rule.groups");
        b.category(groups.isEmpty() ? null : String.join(",", groups));
        b.source(first(text(doc, "data.srcip"), text(doc, "data.src_ip")),
                Numbers.portOrNull(first(text(doc, "data.srcport"), text(doc, "data.src_port"))));
        b.destination(first(text(doc, "data.dstip"), text(doc, "data.dest_ip")),
                Numbers.portOrNull(first(text(doc, "data.dstport"), text(doc, "data.dest_port"))));
        b.host(text(doc, "agent.name"));
        b.user(first(text(doc, "data.dstuser"), text(doc, "data.srcuser"),
                text(doc, "data.win.eventdata.targetUserName")));
        b.reporter(text(doc, "agent.ip"));
        texts(doc, "rule.mitre.id").forEach(b::mitre);
        return ParsedRecord.detection(Format.WAZUH, fields, b.build());
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
