package kz.kuzet.ingest;

import kz.kuzet.ingest.parse.Format;
import kz.kuzet.ingest.parse.NormalisedDetection;
import kz.kuzet.ingest.read.RawRecord;

/** One record of a batch: either a detection to store (or refuse), or a record for quarantine. */
sealed interface BatchItem {

    RawRecord raw();

    record Candidate(RawRecord raw, Format format, NormalisedDetection detection, String dedupKey, String foldKey,
            Attribution attribution) implements BatchItem {
    }

    record Quarantined(RawRecord raw, String reason, String key) implements BatchItem {
    }
}
