package kz.kuzet.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kuzet.incident.TriageState;
import kz.kuzet.ingest.parse.NormalisedDetection;

/**
 * Writes one batch with plain JDBC batches on the caller's connection (inside its transaction): new detections,
 * folds into earlier ones, quarantined records and refusals, each de-duplicated against what is already stored.
 * Remembers the latest detection per fold key across batches of a run.
 */
final class BatchWriter {

    private static final int FOLD_CACHE = 100_000;

    static final String INSERT_DETECTION = "insert into detection (dedup_key, source_format, source_product,"
            + " signature_id, signature_name, severity, original_severity, category, src_ip, src_port, dst_ip, dst_port,"
            + " host_name, user_name, mitre_techniques, detected_at, first_seen, last_seen, occurrence_count, raw_text,"
            + " ingested_at, triage, state_body_id, object_id, sensor_id, version, fold_key)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)";

    /** The detection a fold key currently folds into. {@code row} is set while that detection is not yet inserted. */
    private static final class FoldTarget {
        final String dedupKey;
        Instant first;
        Instant last;
        int count;
        BatchItem.Candidate row;
        boolean dirty;

        FoldTarget(String dedupKey, Instant first, Instant last, int count) {
            this.dedupKey = dedupKey;
            this.first = first;
            this.last = last;
            this.count = count;
        }
    }

    private final Duration window;
    private final Map<String, FoldTarget> folds = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FoldTarget> eldest) {
            return size() > FOLD_CACHE;
        }
    };

    BatchWriter(Duration window) {
        this.window = window;
    }

    /** Forgets the fold cache: after a failed transaction it may hold what was rolled back. */
    void reset() {
        folds.clear();
    }

    BatchCounts write(Connection c, List<BatchItem> items, Instant ingestedAt, String sourceName) throws SQLException {
        List<String> detectionKeys = new ArrayList<>();
        List<String> refusalKeys = new ArrayList<>();
        List<String> quarantineKeys = new ArrayList<>();
        Set<String> foldKeys = new HashSet<>();
        for (BatchItem item : items) {
            if (item instanceof BatchItem.Candidate cand) {
                if (cand.attribution().isRefused()) {
                    refusalKeys.add(cand.dedupKey());
                } else {
                    detectionKeys.add(cand.dedupKey());
                    if (!folds.containsKey(cand.foldKey())) {
                        foldKeys.add(cand.foldKey());
                    }
                }
            } else {
                quarantineKeys.add(((BatchItem.Quarantined) item).key());
            }
        }
        Set<String> known = existingInEither(c, detectionKeys);
        Set<String> knownRefusals = existing(c, "select dedup_key from ingest_refusal where dedup_key = any(?)",
                refusalKeys);
        Set<String> knownQuarantine = existing(c,
                "select dedup_key from ingest_quarantine where dedup_key = any(?)", quarantineKeys);
        loadFoldTargets(c, foldKeys);

        List<BatchItem.Candidate> inserts = new ArrayList<>();
        List<String[]> foldRows = new ArrayList<>();
        List<BatchItem.Candidate> refusals = new ArrayList<>();
        List<BatchItem.Quarantined> quarantined = new ArrayList<>();
        Map<String, FoldTarget> updated = new LinkedHashMap<>();
        Map<Long, Instant> sensorsSeen = new HashMap<>();
        int stored = 0;
        int duplicates = 0;
        int folded = 0;
        int refused = 0;
        int unattributed = 0;
        int quarantinedCount = 0;
        List<FoldTarget> created = new ArrayList<>();
        for (BatchItem item : items) {
            if (item instanceof BatchItem.Quarantined q) {
                quarantinedCount++;
                if (knownQuarantine.add(q.key())) {
                    quarantined.add(q);
                }
                continue;
            }
            BatchItem.Candidate cand = (BatchItem.Candidate) item;
            NormalisedDetection d = cand.detection();
            if (cand.attribution().sensorId() != null) {
                Instant seen = d.detectedAt().isAfter(ingestedAt) ? ingestedAt : d.detectedAt();
                sensorsSeen.merge(cand.attribution().sensorId(), seen, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (cand.attribution().isRefused()) {
                refused++;
                if (knownRefusals.add(cand.dedupKey())) {
                    refusals.add(cand);
                }
                continue;
            }
            if (!known.add(cand.dedupKey())) {
                duplicates++;
                continue;
            }
            FoldTarget target = folds.get(cand.foldKey());
            Instant at = d.detectedAt();
            if (target != null && !at.isBefore(target.first.minus(window)) && !at.isAfter(target.last.plus(window))) {
                target.first = at.isBefore(target.first) ? at : target.first;
                target.last = at.isAfter(target.last) ? at : target.last;
                target.count++;
                if (target.row == null) {
                    updated.put(target.dedupKey, target);
                }
                foldRows.add(new String[] {cand.dedupKey(), target.dedupKey});
                duplicates++;
                folded++;
                continue;
            }
            FoldTarget fresh = new FoldTarget(cand.dedupKey(), at, at, 1);
            fresh.row = cand;
            created.add(fresh);
            folds.put(cand.foldKey(), fresh);
            inserts.add(cand);
            stored++;
            if (!cand.attribution().isAttributed()) {
                unattributed++;
            }
        }
        insertDetections(c, inserts, created, ingestedAt);
        created.forEach(t -> t.row = null);
        insertFolds(c, foldRows);
        updateTargets(c, updated.values());
        insertRefusals(c, refusals, ingestedAt, sourceName);
        insertQuarantine(c, quarantined, ingestedAt, sourceName);
        updateSensors(c, sensorsSeen);
        return new BatchCounts(stored, duplicates, folded, quarantinedCount, refused, unattributed,
                sensorsSeen.size(), stored + folded > 0 ? newestDetectionId(c) : 0);
    }

    private static long newestDetectionId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select max(id) from detection");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The keys among {@code keys} that {@code sql} (with one array parameter) finds. */
    private static Set<String> existing(Connection c, String sql, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            java.sql.Array array = c.createArrayOf("varchar", keys.toArray());
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                ps.setArray(i, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Keys stored as a detection or as a fold into one. An array parameter ({@code = any(?)}) rather than a long
     * IN list: H2 runs it several times faster, and PostgreSQL plans it once.
     */
    private static Set<String> existingInEither(Connection c, List<String> keys) throws SQLException {
        return existing(c, "select dedup_key from detection where dedup_key = any(?)"
                + " union all select dedup_key from detection_fold where dedup_key = any(?)", keys);
    }

    private void loadFoldTargets(Connection c, Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select fold_key, dedup_key, first_seen, last_seen,"
                + " occurrence_count from detection where fold_key = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant last = rs.getObject(4, OffsetDateTime.class).toInstant();
                    FoldTarget current = folds.get(rs.getString(1));
                    if (current == null || last.isAfter(current.last)) {
                        folds.put(rs.getString(1), new FoldTarget(rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), last, rs.getInt(5)));
                    }
                }
            }
        }
    }

    private static void insertDetections(Connection c, List<BatchItem.Candidate> rows, List<FoldTarget> created,
            Instant ingestedAt) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, FoldTarget> byKey = new HashMap<>();
        for (FoldTarget t : created) {
            byKey.put(t.dedupKey, t);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_DETECTION)) {
            for (BatchItem.Candidate cand : rows) {
                NormalisedDetection d = cand.detection();
                FoldTarget t = byKey.get(cand.dedupKey());
                Instant first = t == null ? d.detectedAt() : t.first;
                Instant last = t == null ? d.detectedAt() : t.last;
                bindDetection(ps, cand, first, last, t == null ? 1 : t.count, ingestedAt);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds one detection row of {@link #INSERT_DETECTION}. */
    static void bindDetection(PreparedStatement ps, BatchItem.Candidate cand, Instant first, Instant last, int count,
            Instant ingestedAt) throws SQLException {
        NormalisedDetection d = cand.detection();
        Attribution a = cand.attribution();
        int i = 1;
        ps.setString(i++, cand.dedupKey());
        ps.setString(i++, cand.format().id());
        ps.setString(i++, Columns.fit(d.product(), 200));
        ps.setString(i++, Columns.fit(d.signatureId(), 200));
        ps.setString(i++, Columns.fit(d.signatureName(), 1000));
        ps.setString(i++, d.severity().name());
        ps.setString(i++, Columns.fit(d.originalSeverity(), 64));
        ps.setString(i++, Columns.fit(d.category(), 200));
        ps.setString(i++, d.srcIp());
        setInt(ps, i++, d.srcPort());
        ps.setString(i++, d.dstIp());
        setInt(ps, i++, d.dstPort());
        ps.setString(i++, Columns.fit(d.host(), 255));
        ps.setString(i++, Columns.fit(d.user(), 255));
        ps.setString(i++, d.mitreTechniques().isEmpty() ? null
                : Columns.fit(String.join(",", d.mitreTechniques()), 500));
        ps.setObject(i++, utc(d.detectedAt()));
        ps.setObject(i++, utc(first));
        ps.setObject(i++, utc(last));
        ps.setInt(i++, count);
        ps.setString(i++, Columns.fit(d.raw(), 65_536));
        ps.setObject(i++, utc(ingestedAt));
        ps.setString(i++, (a.isAttributed() ? TriageState.NEW : TriageState.UNATTRIBUTED).name());
        setLong(ps, i++, a.bodyId());
        setLong(ps, i++, a.objectId());
        setLong(ps, i++, a.sensorId());
        ps.setString(i, cand.foldKey());
    }

    private static void insertFolds(Connection c, List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into detection_fold (dedup_key, detection_key) values (?, ?)")) {
            for (String[] r : rows) {
                ps.setString(1, r[0]);
                ps.setString(2, r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void updateTargets(Connection c, Iterable<FoldTarget> targets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update detection set first_seen = ?, last_seen = ?,"
                + " occurrence_count = ?, version = version + 1 where dedup_key = ?")) {
            boolean any = false;
            for (FoldTarget t : targets) {
                ps.setObject(1, utc(t.first));
                ps.setObject(2, utc(t.last));
                ps.setInt(3, t.count);
                ps.setString(4, t.dedupKey);
                ps.addBatch();
                any = true;
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void insertRefusals(Connection c, List<BatchItem.Candidate> rows, Instant at, String source)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ingest_refusal (dedup_key, source_name, line_no,"
                + " byte_offset, object_id, state_body_id, reason, received_at) values (?,?,?,?,?,?,?,?)")) {
            for (BatchItem.Candidate r : rows) {
                Attribution a = r.attribution();
                ps.setString(1, r.dedupKey());
                ps.setString(2, Columns.fit(source, 1000));
                ps.setLong(3, r.raw().line());
                ps.setLong(4, r.raw().byteOffset());
                setLong(ps, 5, a.objectId());
                setLong(ps, 6, a.bodyId());
                ps.setString(7, Columns.fit("object " + a.objectId() + " is out of monitoring scope (R-5: "
                        + a.exclusion() + "), attributed by " + a.how() + "; its content is not kept", 1000));
                ps.setObject(8, utc(at));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertQuarantine(Connection c, List<BatchItem.Quarantined> rows, Instant at, String source)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ingest_quarantine (dedup_key, source_name,"
                + " line_no, byte_offset, reason, raw_text, received_at) values (?,?,?,?,?,?,?)")) {
            for (BatchItem.Quarantined q : rows) {
                ps.setString(1, q.key());
                ps.setString(2, Columns.fit(source, 1000));
                ps.setLong(3, q.raw().line());
                ps.setLong(4, q.raw().byteOffset());
                ps.setString(5, Columns.fit(q.reason(), 1000));
                ps.setString(6, Columns.fit(q.raw().text(), 65_536));
                ps.setObject(7, utc(at));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void updateSensors(Connection c, Map<Long, Instant> seen) throws SQLException {
        if (seen.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update sensor set last_seen_at = ?, version = version + 1"
                + " where id = ? and (last_seen_at is null or last_seen_at < ?)")) {
            for (Map.Entry<Long, Instant> e : seen.entrySet()) {
                ps.setObject(1, utc(e.getValue()));
                ps.setLong(2, e.getKey());
                ps.setObject(3, utc(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
