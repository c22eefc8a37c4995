package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Suricata EVE JSON: alerts become detections; every other event type is recognised and counted. */
public final class SuricataEveParser extends JsonRecordParser {

    @Override
    public Format format() {
        return Format.SURICATA;
    }

    static boolean looksLike(JsonNode doc) {
        return doc.has("event_type") && doc.has("timestamp");
    }

    @Override
    public ParsedRecord parse(JsonNode doc, String raw, Instant receivedAt) {
        String type = text(doc, "event_type");
        if (type == null) {
            throw new ParseFailure("no 'event_type' in this EVE record");
        }
        Map<String, Object> fields = flatten(doc);
        Instant at = requiredInstant(doc, "timestamp");
        if (!type.equals("alert")) {
            return ParsedRecord.otherEvent(Format.SURICATA, fields, type);
        }
        if (!doc.path("alert").isObject()) {
            throw new ParseFailure("alert record without an 'alert' object");
        }
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw).time(at);
        b.product("Suricata");
        String gid = text(doc, "alert.gid");
        String sid = text(doc, "alert.signature_id");
        b.signature(sid == null ? null : (gid == null || gid.equals("1") ? sid : gid + ":" + sid),
                text(doc, "alert.signature"));
        Integer sev = integer(doc, "alert.severity");
        List<String> sigSeverity = texts(doc, "alert.metadata.signature_severity");
        b.severity(Severities.fromSuricata(sev, sigSeverity.isEmpty() ? null : sigSeverity.get(0)),
                sev == null ? null : sev.toString());
        b.category(text(doc, "alert.category"));
        b.source(text(doc, "src_ip"), integer(doc, "src_port"));
        b.destination(text(doc, "dest_ip"), integer(doc, "dest_port"));
        b.host(text(doc, "host"));
        for (String key : List.of("alert.metadata.mitre_technique_id", "alert.metadata.mitre_attack")) {
            texts(doc, key).forEach(v -> Mitre.scan(v, b));
        }
        return ParsedRecord.detection(Format.SURICATA, fields, b.build());
    }
}
