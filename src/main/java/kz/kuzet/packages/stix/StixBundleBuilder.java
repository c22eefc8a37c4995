package kz.kuzet.packages.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedRecord;

/**
 * A STIX 2.1 bundle of a record's facts, for other tools: the incident with Kuzet's property extension (kind,
 * status, clock facts and clocks), observed-data and indicators for its detections, identities for the
 * exporting organisation and the state body, course-of-action for its recommendations, all marked TLP:AMBER
 * (TLP 2.0). Every id is derived from stable keys (UUIDv5), so exporting the same record again gives the same ids.
 */
public final class StixBundleBuilder {

    /** The official TLP 2.0 extension and marking definitions (OASIS CTI common objects). */
    public static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    public static final String TLP_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    public static final String KUZET_IDENTITY = "identity--" + Uuid5.of(Uuid5.KUZET, "identity:kuzet");
    /** Kuzet's property extension on the incident: its kind, status, clock facts and clocks. */
    public static final String RECORD_EXTENSION = "extension-definition--"
            + Uuid5.of(Uuid5.KUZET, "extension-definition:kuzet-record:1");

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant DEFINED = Instant.parse("2026-01-01T00:00:00Z");

    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private final ArrayNode objects = f.arrayNode();
    private final String recordKey;
    private final String exporterId;

    private StixBundleBuilder(String recordKey, String exporterId) {
        this.recordKey = recordKey;
        this.exporterId = exporterId;
    }

    /** The bundle for a record. {@code organisation} is the exporting organisation, {@code originKey} its key. */
    public static ObjectNode build(String organisation, String originKey, PackagedRecord record,
            List<PackagedDetection> detections, List<PackagedFollowUp.Recommendation> recommendations) {
        StixBundleBuilder b = new StixBundleBuilder(record.recordKey(),
                "identity--" + Uuid5.of(Uuid5.KUZET, "identity:organisation:" + originKey));
        return b.bundle(organisation, record, detections, recommendations);
    }

    public static String id(String type, String stableKey) {
        return type + "--" + Uuid5.of(Uuid5.KUZET, type + ":" + stableKey);
    }

    private ObjectNode bundle(String organisation, PackagedRecord record, List<PackagedDetection> detections,
            List<PackagedFollowUp.Recommendation> recommendations) {
        RecordDetail detail = record.detail();
        RecordSummary s = detail.summary();
        objects.add(tlpAmber());
        objects.add(kuzetIdentity());
        objects.add(extensionDefinition());
        objects.add(identity(exporterId, organisation, "organization", null, detail.createdAt(),
                "The organisation that exported this record from Kuzet."));
        String bodyId = id("identity", "state-body:" + record.stateBody().code());
        objects.add(identity(bodyId, record.stateBody().nameRu(), "organization", "government-national",
                detail.createdAt(), record.stateBody().nameKk() + " (" + record.stateBody().code() + ")"));

        String incidentId = id("incident", recordKey);
        ObjectNode incident = sdo("incident", incidentId, detail.createdAt(), record.clocksAt());
        incident.put("name", s.title());
        if (detail.initialAnalysis() != null) {
            incident.put("description", detail.initialAnalysis());
        }
        incident.putArray("labels").add(s.category().name().toLowerCase(java.util.Locale.ROOT))
                .add(s.severity().name().toLowerCase(java.util.Locale.ROOT));
        incident.putObject("extensions").set(RECORD_EXTENSION, recordExtension(record));
        objects.add(incident);
        objects.add(relationship(incidentId, "related-to", bodyId, detail.createdAt()));

        for (PackagedDetection d : detections) {
            addDetection(d, incidentId);
        }
        for (PackagedFollowUp.Recommendation r : recommendations) {
            String id = id("course-of-action", recordKey + ":recommendation:" + r.originId());
            ObjectNode coa = sdo("course-of-action", id, r.givenAt(), r.givenAt());
            coa.put("name", firstLine(r.text()));
            coa.put("description", r.text());
            objects.add(coa);
            objects.add(relationship(id, "related-to", incidentId, r.givenAt()));
        }
        ObjectNode bundle = f.objectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + Uuid5.of(Uuid5.KUZET, "bundle:" + recordKey));
        bundle.set("objects", objects);
        return bundle;
    }

    private void addDetection(PackagedDetection d, String incidentId) {
        String key = recordKey + ":detection:" + d.originId();
        List<String> refs = new ArrayList<>();
        String src = address(d.srcIp());
        String dst = address(d.dstIp());
        if (src != null) {
            refs.add(src);
        }
        if (dst != null && !dst.equals(src)) {
            refs.add(dst);
        }
        if (!refs.isEmpty()) {
            String id = id("observed-data", key);
            ObjectNode od = sdo("observed-data", id, d.ingestedAt(), d.ingestedAt());
            od.put("first_observed", time(d.firstSeen()));
            od.put("last_observed", time(d.lastSeen()));
            od.put("number_observed", Math.max(1, d.occurrenceCount()));
            ArrayNode r = od.putArray("object_refs");
            refs.forEach(r::add);
            objects.add(od);
            objects.add(relationship(id, "related-to", incidentId, d.ingestedAt()));
        }
        String pattern = pattern(d.srcIp(), d.dstIp());
        if (pattern != null) {
            String id = id("indicator", key);
            ObjectNode ind = sdo("indicator", id, d.ingestedAt(), d.ingestedAt());
            ind.put("name", d.signatureName() == null ? "Detection " + d.originId() : d.signatureName());
            ind.put("description", (d.sourceProduct() == null ? "" : d.sourceProduct() + ": ")
                    + (d.signatureId() == null ? "" : d.signatureId()));
            ind.putArray("indicator_types").add("malicious-activity");
            ind.put("pattern", pattern);
            ind.put("pattern_type", "stix");
            ind.put("valid_from", time(d.detectedAt()));
            objects.add(ind);
            objects.add(relationship(id, "related-to", incidentId, d.ingestedAt()));
        }
    }

    /** Adds the address's SCO once; returns its id (STIX's own deterministic id for the value). */
    private String address(String ip) {
        if (ip == null || ip.isBlank()) {
            return null;
        }
        String type = ip.contains(":") ? "ipv6-addr" : "ipv4-addr";
        String id = type + "--" + Uuid5.of(Uuid5.STIX_SCO, "{\"value\":\"" + ip + "\"}");
        for (var o : objects) {
            if (id.equals(o.path("id").asText())) {
                return id;
            }
        }
        ObjectNode sco = f.objectNode();
        sco.put("type", type);
        sco.put("spec_version", "2.1");
        sco.put("id", id);
        sco.put("value", ip);
        objects.add(sco);
        return id;
    }

    private static String pattern(String src, String dst) {
        List<String> parts = new ArrayList<>();
        if (src != null && !src.isBlank()) {
            parts.add("network-traffic:src_ref.value = '" + escape(src) + "'");
        }
        if (dst != null && !dst.isBlank()) {
            parts.add("network-traffic:dst_ref.value = '" + escape(dst) + "'");
        }
        return parts.isEmpty() ? null : "[" + String.join(" AND ", parts) + "]";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }

    private ObjectNode recordExtension(PackagedRecord record) {
        RecordSummary s = record.detail().summary();
        ClockFacts facts = s.facts();
        ObjectNode e = f.objectNode();
        e.put("extension_type", "property-extension");
        e.put("record_key", record.recordKey());
        e.put("kind", s.kind().id());
        e.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        e.put("severity", s.severity().name().toLowerCase(java.util.Locale.ROOT));
        e.put("category", s.category().name().toLowerCase(java.util.Locale.ROOT));
        e.put("state_body_code", record.stateBody().code());
        Map<String, Instant> f2 = new LinkedHashMap<>();
        f2.put("detected", facts.detected());
        f2.put("sb_notice_sent", facts.sbNoticeSent());
        f2.put("sb_notice_received", facts.sbNoticeReceived());
        f2.put("knb_notice_sent", facts.knbNoticeSent());
        f2.put("sb_report", facts.sbReport());
        f2.put("eliminated", facts.eliminated());
        f2.put("escalation_notice", facts.escalationNotice());
        ObjectNode fn = e.putObject("clock_facts");
        f2.forEach((k, v) -> {
            if (v != null) {
                fn.put(k, time(v));
            }
        });
        e.put("clocks_at", time(record.clocksAt()));
        ArrayNode clocks = e.putArray("clocks");
        for (ClockStatus c : record.clocks()) {
            ObjectNode cn = clocks.addObject();
            cn.put("name", c.name().id());
            cn.put("state", c.state().id());
            if (c.start() != null) {
                cn.put("start", time(c.start()));
            }
            if (c.due() != null) {
                cn.put("due", time(c.due()));
            }
        }
        return e;
    }

    private ObjectNode sdo(String type, String id, Instant created, Instant modified) {
        ObjectNode o = f.objectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created_by_ref", exporterId);
        Instant c = created == null ? modified : created;
        o.put("created", time(c));
        o.put("modified", time(modified == null || modified.isBefore(c) ? c : modified));
        o.putArray("object_marking_refs").add(TLP_AMBER);
        return o;
    }

    private ObjectNode relationship(String source, String type, String target, Instant at) {
        ObjectNode r = sdo("relationship", id("relationship", source + "|" + type + "|" + target), at, at);
        r.put("relationship_type", type);
        r.put("source_ref", source);
        r.put("target_ref", target);
        return r;
    }

    private ObjectNode identity(String id, String name, String identityClass, String sector, Instant at,
            String description) {
        ObjectNode o = sdo("identity", id, at, at);
        o.put("name", name);
        if (description != null) {
            o.put("description", description);
        }
        o.put("identity_class", identityClass);
        if (sector != null) {
            o.putArray("sectors").add(sector);
        }
        return o;
    }

    private ObjectNode kuzetIdentity() {
        ObjectNode o = f.objectNode();
        o.put("type", "identity");
        o.put("spec_version", "2.1");
        o.put("id", KUZET_IDENTITY);
        o.put("created", time(DEFINED));
        o.put("modified", time(DEFINED));
        o.put("name", "Kuzet");
        o.put("description", "Analyst console of the National Cybersecurity Coordination Center (Kazakhstan).");
        o.put("identity_class", "system");
        return o;
    }

    private ObjectNode extensionDefinition() {
        ObjectNode o = f.objectNode();
        o.put("type", "extension-definition");
        o.put("spec_version", "2.1");
        o.put("id", RECORD_EXTENSION);
        o.put("created_by_ref", KUZET_IDENTITY);
        o.put("created", time(DEFINED));
        o.put("modified", time(DEFINED));
        o.put("name", "Kuzet record");
        o.put("description", "A Kuzet record's classification, status and regulation clocks on a STIX incident.");
        o.put("schema", "Properties: record_key (string, stable across databases), kind (false_positive|event|"
                + "incident), status (open|in_progress|escalated|closed), severity, category, state_body_code, "
                + "clock_facts (object of timestamps: detected, sb_notice_sent, sb_notice_received, "
                + "knb_notice_sent, sb_report, eliminated, escalation_notice), clocks_at (timestamp), clocks "
                + "(list of {name, state, start, due}) as evaluated at clocks_at. See Kuzet docs/package/README.md.");
        o.put("version", "1.0.0");
        o.putArray("extension_types").add("property-extension");
        return o;
    }

    private ObjectNode tlpAmber() {
        ObjectNode o = f.objectNode();
        o.put("type", "marking-definition");
        o.put("spec_version", "2.1");
        o.put("id", TLP_AMBER);
        o.put("created", "2022-10-01T00:00:00.000Z");
        o.put("name", "TLP:AMBER");
        ObjectNode ext = o.putObject("extensions").putObject(TLP2_EXTENSION);
        ext.put("extension_type", "property-extension");
        ext.put("tlp_2_0", "amber");
        return o;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    static String time(Instant i) {
        return STIX_TIME.format(i);
    }
}
