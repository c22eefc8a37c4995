package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.incident.Severity;

/**
 * One detection in the common model, whatever its format: instant (UTC), product, signature, severity on the common
 * scale with the source's own value kept, network and actor facts, MITRE ATT&CK technique ids and the raw text.
 * {@code reporterIp} is the address of the device that reported it (a sensor), when the record names it.
 */
public record NormalisedDetection(Instant detectedAt, boolean timeFromReceipt, String product, String signatureId,
        String signatureName, Severity severity, String originalSeverity, String category, String srcIp,
        Integer srcPort, String dstIp, Integer dstPort, String host, String user, List<String> mitreTechniques,
        String reporterIp, String raw) {

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detectedAt", detectedAt.toString());
        if (timeFromReceipt) {
            m.put("timeFromReceipt", true);
        }
        m.put("product", product);
        m.put("signatureId", signatureId);
        m.put("signatureName", signatureName);
        m.put("severity", severity.name());
        m.put("originalSeverity", originalSeverity);
        m.put("category", category);
        m.put("srcIp", srcIp);
        m.put("srcPort", srcPort);
        m.put("dstIp", dstIp);
        m.put("dstPort", dstPort);
        m.put("host", host);
        m.put("user", user);
        m.put("mitre", mitreTechniques);
        m.put("reporterIp", reporterIp);
        m.put("raw", raw);
        return m;
    }

    public static Builder builder(String raw) {
        return new Builder(raw);
    }

    /** Collects a detection's facts while a parser reads them; blank values count as absent. */
    public static final class Builder {
        private final String raw;
        private Instant detectedAt;
        private boolean timeFromReceipt;
        private String product;
        private String signatureId;
        private String signatureName;
        private Severity severity = Severity.LOW;
        private String originalSeverity;
        private String category;
        private String srcIp;
        private Integer srcPort;
        private String dstIp;
        private Integer dstPort;
        private String host;
        private String user;
        private final List<String> mitre = new ArrayList<>();
        private String reporterIp;

        private Builder(String raw) {
            this.raw = raw;
        }

        public Builder time(Instant at) { this.detectedAt = at; return this; }
        public Builder timeFromReceipt(Instant receivedAt) {
            this.detectedAt = receivedAt;
            this.timeFromReceipt = true;
            return this;
        }
        public Builder product(String v) { this.product = clean(v); return this; }
        public Builder signature(String id, String name) {
            this.signatureId = clean(id);
            this.signatureName = clean(name);
            return this;
        }
        public Builder severity(Severity s, String original) {
            this.severity = s;
            this.originalSeverity = clean(original);
            return this;
        }
        public Builder category(String v) { this.category = clean(v); return this; }
        public Builder source(String ip, Integer port) {
            this.srcIp = Ips.normalise(ip);
            this.srcPort = port;
            return this;
        }
        public Builder destination(String ip, Integer port) {
            this.dstIp = Ips.normalise(ip);
            this.dstPort = port;
            return this;
        }
        public Builder host(String v) { this.host = cleanDash(v); return this; }
        public Builder user(String v) { this.user = cleanDash(v); return this; }
        public Builder reporter(String ip) { this.reporterIp = Ips.normalise(ip); return this; }
        public Builder mitre(String techniqueId) {
            String t = clean(techniqueId);
            if (t != null && Mitre.isTechniqueId(t) && !mitre.contains(t)) {
                mitre.add(t);
            }
            return this;
        }
        public boolean hasTime() { return detectedAt != null; }
        public boolean hasHost() { return host != null; }

        public NormalisedDetection build() {
            if (detectedAt == null) {
                throw new IllegalStateException("detection time not set");
            }
            return new NormalisedDetection(detectedAt, timeFromReceipt, product, signatureId, signatureName,
                    severity, originalSeverity, category, srcIp, srcPort, dstIp, dstPort, host, user,
                    List.copyOf(mitre), reporterIp, raw);
        }

        private static String clean(String v) {
            if (v == null) {
                return null;
            }
            String t = v.trim();
            return t.isEmpty() ? null : t;
        }

        private static String cleanDash(String v) {
            String c = clean(v);
            return "-".equals(c) ? null : c;
        }
    }
}
