package kz.kuzet.ingest;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How ingest runs: records per transaction, the window within which repeats of one signature on one object fold
 * into one detection, the longest record kept, and the zone of RFC 3164 times that carry none.
 */
public record IngestSettings(int batchSize, Duration foldWindow, int maxRecordBytes, ZoneId syslogZone) {

    public static IngestSettings defaults() {
        return new IngestSettings(2_000, Duration.ofMinutes(10), 65_536, DEFAULT_ZONE);
    }

    /** Sensors in state bodies' networks log local time; RFC 3164 carries no zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");

    public IngestSettings withSyslogZone(ZoneId zone) {
        return new IngestSettings(batchSize, foldWindow, maxRecordBytes, zone);
    }

    public IngestSettings withBatchSize(int size) {
        return new IngestSettings(size, foldWindow, maxRecordBytes, syslogZone);
    }

    public IngestSettings withFoldWindow(Duration window) {
        return new IngestSettings(batchSize, window, maxRecordBytes, syslogZone);
    }
}
