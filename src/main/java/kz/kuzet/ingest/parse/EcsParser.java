package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** Elastic Common Schema documents: {@code @timestamp}, {@code event.*}, {@code rule.*}, {@code source/destination}. */
public final class EcsParser extends JsonRecordParser {

    @Override
    public Format format() {
        return Format.ECS;
    }

    static boolean looksLike(JsonNode doc) {
        return doc.has("@timestamp") && (doc.has("ecs") || doc.path("event").isObject());
    }

    @Override
    public ParsedRecord parse(JsonNode doc, String raw, Instant receivedAt) {
        Map<String, Object> fields = flatten(doc);
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw);
        b.time(requiredInstant(doc, "@timestamp"));
        b.product(first(join(text(doc, "observer.vendor"), text(doc, "observer.product")),
                text(doc, "event.provider"), text(doc, "event.module"), text(doc, "event.dataset")));
        b.signature(first(text(doc, "rule.id"), text(doc, "event.code"), text(doc, "event.action")),
                first(text(doc, "rule.name"), text(doc, "event.action"), text(doc, "message")));
        String sev = first(text(doc, "event.severity"), text(doc, "log.level"));
        String dataset = text(doc, "event.dataset");
        if (dataset != null && dataset.startsWith("suricata") && sev != null) {
            b.severity(Severities.fromSuricata(Numbers.intOrNull(sev), null), sev);
        } else {
            b.severity(Severities.fromEcs(sev), sev);
        }
        var categories = texts(doc, "event.category");
        b.category(first(text(doc, "rule.category"), categories.isEmpty() ? null : String.join(",", categories)));
        b.source(first(text(doc, "source.ip"), text(doc, "source.address")), integer(doc, "source.port"));
        b.destination(first(text(doc, "destination.ip"), text(doc, "destination.address")),
                integer(doc, "destination.port"));
        b.host(first(text(doc, "host.hostname"), text(doc, "host.name")));
        b.user(first(text(doc, "user.name"), text(doc, "winlog.event_data.TargetUserName")));
        var observerIps = texts(doc, "observer.ip");
        b.reporter(observerIps.isEmpty() ? null : observerIps.get(0));
        texts(doc, "threat.technique.id").forEach(b::mitre);
        texts(doc, "threat.technique.subtechnique.id").forEach(b::mitre);
        return ParsedRecord.detection(Format.ECS, fields, b.build());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
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
