package kz.kuzet.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one ingest run did. {@code read = stored + duplicates + quarantined + refused}; {@code duplicates} counts
 * exact replays and repeats folded into an earlier detection ({@code folded} of them); {@code unattributed} is the
 * part of {@code stored} no state body could be found for. Records that are known events but no detections (a
 * Suricata flow) are not read as detections: they are counted apart in {@code otherEvents}, by type.
 */
public record IngestReceipt(long runId, Instant startedAt, Instant finishedAt, long read, long stored,
        long duplicates, long folded, long quarantined, long refused, long unattributed, long otherEvents,
        Map<String, Long> otherEventTypes) {

    public boolean addsUp() {
        return read == stored + duplicates + quarantined + refused && unattributed <= stored && folded <= duplicates;
    }

    /** The JSON shape {@code kuzet ingest --json} prints. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read);
        m.put("stored", stored);
        m.put("duplicates", duplicates);
        m.put("quarantined", quarantined);
        m.put("refused", refused);
        m.put("unattributed", unattributed);
        m.put("folded", folded);
        m.put("otherEvents", otherEvents);
        return m;
    }
}
