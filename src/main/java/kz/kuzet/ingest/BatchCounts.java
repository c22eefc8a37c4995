package kz.kuzet.ingest;

/** What one committed batch did; the newest detection's id is 0 when it stored and folded none. */
record BatchCounts(int stored, int duplicates, int folded, int quarantined, int refused, int unattributed,
        int sensorsSeen, long newestDetectionId) {
}
