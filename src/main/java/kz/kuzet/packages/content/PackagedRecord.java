package kz.kuzet.packages.content;

import java.time.Instant;
import java.util.List;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.incident.RecordDetail;

/**
 * {@code record.json}: the record as the record view shows it, its state body, and its clocks as they stood when
 * the package was made (the facts themselves are in {@code detail.summary.facts}).
 */
public record PackagedRecord(String recordKey, long originRecordId, BodyRef stateBody, RecordDetail detail,
        Instant clocksAt, List<ClockStatus> clocks) {

    /** The state body, named by its registry code (the code is how an importing database finds it). */
    public record BodyRef(String code, String nameKk, String nameRu, String kind) {
    }
}
