package kz.kuzet.ingest;

/** What one committed batch did. */
record BatchCounts(int stored, int duplicates, int folded, int quarantined, int refused, int unattributed,
        int sensorsSeen) {
}
