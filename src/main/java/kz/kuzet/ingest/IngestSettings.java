package kz.kuzet.ingest;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How ingest runs: records per transaction, the window within which repeats of one signature on one object fold
 * into one detection, the longest record kept, and the zone of RFC 3164 times that carry none.
 */
public record IngestSettings(int batchSize, Duration foldWindow, int maxRecordBytes, ZoneId syslogZone) {

    public static IngestSettings defaults() {
        return new IngestSettings(2_000, Duration.ofMinutes(10), 65_536, ZoneOffset.UTC);
    }

    public IngestSettings withBatchSize(int size) {
        return new IngestSettings(size, foldWindow, maxRecordBytes, syslogZone);
    }

    public IngestSettings withFoldWindow(Duration window) {
        return new IngestSettings(batchSize, window, maxRecordBytes, syslogZone);
    }
}
