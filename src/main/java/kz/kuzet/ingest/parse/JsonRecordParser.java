package kz.kuzet.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parser for one JSON document shape; the document is read once and may be handed over already read. */
public abstract class JsonRecordParser implements RecordParser {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    @Override
    public final ParsedRecord parse(String text, Instant receivedAt) {
        return parse(readTree(text), text, receivedAt);
    }

    public abstract ParsedRecord parse(JsonNode document, String raw, Instant receivedAt);

    static JsonNode readTree(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ParseFailure("expecting one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            var loc = e.getLocation();
            throw new ParseFailure("invalid JSON: " + (msg == null ? "unreadable" : msg.split("\n")[0])
                    + (loc == null ? "" : " (column " + loc.getColumnNr() + ")"));
        } catch (RuntimeException e) {
            throw new ParseFailure("invalid JSON: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The document's leaves under dotted paths; arrays of scalars stay lists, arrays of objects get [i]. Built on
     * first use: ingest never looks at them, {@code kuzet parse} and the conformance stage do.
     */
    static Map<String, Object> flatten(JsonNode node) {
        return new LazyFields(node);
    }

    private static final class LazyFields extends java.util.AbstractMap<String, Object> {
        private final JsonNode node;
        private Map<String, Object> built;

        LazyFields(JsonNode node) {
            this.node = node;
        }

        private Map<String, Object> built() {
            if (built == null) {
                Map<String, Object> out = new LinkedHashMap<>();
                flatten("", node, out);
                built = java.util.Collections.unmodifiableMap(out);
            }
            return built;
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return built().entrySet();
        }

        @Override
        public Object get(Object key) {
            return built().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return built().containsKey(key);
        }

        @Override
        public int size() {
            return built().size();
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, Object> out) {
        if (node.isObject()) {
            if (node.isEmpty() && !path.isEmpty()) {
                out.put(path, Map.of());
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode child : node) {
                scalars &= !child.isContainerNode();
            }
            if (scalars) {
                List<Object> values = new ArrayList<>();
                node.forEach(child -> values.add(scalar(child)));
                out.put(path, values);
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(path + "[" + i + "]", node.get(i), out);
                }
            }
        } else {
            out.put(path, scalar(node));
        }
    }

    static Object scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asText();
    }

    /** Text at a dotted path, or null when absent, null or a container. */
    static String text(JsonNode root, String path) {
        JsonNode n = at(root, path);
        return n == null || n.isNull() || n.isMissingNode() || n.isContainerNode() ? null : n.asText();
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }

    static Integer integer(JsonNode root, String path) {
        JsonNode n = at(root, path);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        return n.isTextual() ? Numbers.intOrNull(n.asText()) : null;
    }

    /** Text values at a path that holds a string or an array of strings. */
    static List<String> texts(JsonNode root, String path) {
        JsonNode n = at(root, path);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(child -> {
                if (!child.isContainerNode() && !child.isNull()) {
                    out.add(child.asText());
                }
            });
        } else if (!n.isContainerNode() && !n.isNull()) {
            out.add(n.asText());
        }
        return out;
    }

    static Instant requiredInstant(JsonNode root, String path) {
        String t = text(root, path);
        if (t == null) {
            throw new ParseFailure("no '" + path + "' time");
        }
        Instant i = Timestamps.isoOrNull(t);
        if (i == null) {
            throw new ParseFailure("'" + path + "' value '" + (t.length() > 40 ? t.substring(0, 40) : t)
                    + "' is not an ISO-8601 time");
        }
        return i;
    }
}
