package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A syslog message (RFC 5424 or RFC 3164) as read. {@code version} is 0 for RFC 3164; {@code priority} is -1 when
 * the line had none. {@code timestamp} is as written; {@code instant} is its UTC reading (null when nil).
 */
public record SyslogMessage(int priority, int version, String timestamp, Instant instant, boolean yearInferred,
        String hostname, String appname, String procid, String msgid,
        List<StructuredElement> structuredData, String message, boolean bom) {

    /** One SD-ELEMENT: its id and its parameters in order (a name may repeat). */
    public record StructuredElement(String id, List<Map.Entry<String, String>> params) {
    }

    public Integer facility() {
        return priority < 0 ? null : priority / 8;
    }

    public Integer severity() {
        return priority < 0 ? null : priority % 8;
    }

    /** The fields under the names {@code kuzet parse} prints. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("facility", facility());
        m.put("severity", severity());
        if (version > 0) {
            m.put("version", version);
        }
        m.put("timestamp", timestamp);
        m.put("hostname", hostname);
        m.put("appname", appname);
        m.put("procid", procid);
        m.put("msgid", msgid);
        m.put("structuredData", structuredDataMap());
        m.put("message", message);
        return m;
    }

    /** Structured data as {id: {name: value}}; a repeated parameter name keeps a list of its values. */
    public Map<String, Map<String, Object>> structuredDataMap() {
        if (structuredData == null) {
            return null;
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (StructuredElement e : structuredData) {
            Map<String, Object> params = out.computeIfAbsent(e.id(), k -> new LinkedHashMap<>());
            for (Map.Entry<String, String> p : e.params()) {
                params.merge(p.getKey(), p.getValue(), (a, b) -> {
                    if (a instanceof List<?> list) {
                        var copy = new java.util.ArrayList<Object>(list);
                        copy.add(b);
                        return copy;
                    }
                    return new java.util.ArrayList<Object>(List.of(a, b));
                });
            }
        }
        return out;
    }
}
