package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Windows event rendered as JSON the way evtx tools write it ({@code {"Event": {"System": …, "EventData": …}}},
 * attributes under {@code #attributes}, text under {@code #text}). Field names match the XML parser's.
 */
public final class WindowsEventJsonParser extends JsonRecordParser {

    @Override
    public Format format() {
        return Format.WINDOWS_JSON;
    }

    static boolean looksLike(JsonNode doc) {
        return doc.path("Event").path("System").isObject();
    }

    @Override
    public ParsedRecord parse(JsonNode doc, String raw, Instant receivedAt) {
        JsonNode event = doc.path("Event");
        if (!event.path("System").isObject()) {
            throw new ParseFailure("no Event.System object in this Windows event JSON");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = event.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("#attributes") && !e.getKey().endsWith("_attributes")) {
                walk(e.getKey(), e.getValue(), fields);
            }
        }
        return ParsedRecord.detection(Format.WINDOWS_JSON, fields,
                WindowsEvents.normalise(fields, raw, Format.WINDOWS_JSON));
    }

    private static void walk(String path, JsonNode node, Map<String, Object> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (key.equals("#attributes")) {
                    e.getValue().fields().forEachRemaining(a -> put(out, path + "." + a.getKey(), a.getValue()));
                } else if (key.endsWith("_attributes") && e.getValue().isObject()) {
                    String element = path + "." + key.substring(0, key.length() - "_attributes".length());
                    e.getValue().fields().forEachRemaining(a -> put(out, element + "." + a.getKey(), a.getValue()));
                } else if (key.equals("#text")) {
                    put(out, path, e.getValue());
                } else {
                    walk(path + "." + key, e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode child : node) {
                scalars &= !child.isContainerNode();
            }
            if (scalars) {
                put(out, path, node);
            } else {
                node.forEach(child -> walk(path, child, out));
            }
        } else {
            put(out, path, node);
        }
    }

    private static void put(Map<String, Object> out, String path, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(v.isNull() ? null : v.asText()));
            out.put(path, list);
        } else if (!value.isContainerNode()) {
            WindowsEventXmlParser.put(out, path, value.asText());
        }
    }
}
