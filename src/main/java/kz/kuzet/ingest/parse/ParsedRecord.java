package kz.kuzet.ingest.parse;

import java.util.Map;

/**
 * One parsed record: its fields under the format's own names, and the normalised detection. A record the format
 * knows but that is no detection (a Suricata flow, a stats line) has no detection, only its {@code eventType}.
 */
public record ParsedRecord(Format format, Map<String, Object> fields, NormalisedDetection detection,
        String eventType) {

    public static ParsedRecord detection(Format format, Map<String, Object> fields, NormalisedDetection detection) {
        return new ParsedRecord(format, fields, detection, null);
    }

    public static ParsedRecord otherEvent(Format format, Map<String, Object> fields, String eventType) {
        return new ParsedRecord(format, fields, null, eventType);
    }

    public boolean isDetection() {
        return detection != null;
    }
}
