package kz.kuzet.ingest;

/**
 * Where a detection belongs: a state body and, when known, the object. {@code exclusion} is set when the object is
 * out of monitoring scope: such detections are refused. {@code sensorId} names the reporting sensor, if known.
 */
record Attribution(Long bodyId, Long objectId, String exclusion, String how, Long sensorId) {

    static Attribution none(Long sensorId) {
        return new Attribution(null, null, null, "unattributed", sensorId);
    }

    boolean isRefused() {
        return exclusion != null;
    }

    boolean isAttributed() {
        return bodyId != null;
    }
}
