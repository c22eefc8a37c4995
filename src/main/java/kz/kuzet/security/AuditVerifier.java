package kz.kuzet.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Walks the audit chain in sequence order and reports the first entry that was edited, deleted, inserted or
 * re-ordered behind the application's back. Reads with plain JDBC, streaming, so a long chain fits in memory.
 */
public final class AuditVerifier {

    private final DataSource dataSource;

    public AuditVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Result(boolean valid, long entries, Long firstBad, String reason) {
    }

    public Result verify() {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            long entries = 0;
            String prevHash = AuditHash.GENESIS;
            long expectedSeq = 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, at, actor, action, entity, entity_id, record_id, before_state, after_state,"
                            + " prev_hash, hash from audit_entry order by seq, id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries++;
                        long seq = rs.getLong(1);
                        if (seq != expectedSeq) {
                            return new Result(false, entries, seq, seq < expectedSeq
                                    ? "entry " + seq + " appears twice or out of order"
                                    : "entries " + expectedSeq + ".." + (seq - 1) + " are missing");
                        }
                        String recomputed = AuditHash.of(rs.getString(10), seq,
                                rs.getObject(2, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MICROS),
                                rs.getString(3), rs.getString(4), rs.getString(5), nullableLong(rs, 6),
                                nullableLong(rs, 7), rs.getString(8), rs.getString(9));
                        if (!rs.getString(10).equals(prevHash)) {
                            return new Result(false, entries, seq, "entry " + seq
                                    + " does not follow the entry before it (re-ordered or an entry removed)");
                        }
                        if (!recomputed.equals(rs.getString(11))) {
                            return new Result(false, entries, seq, "entry " + seq + " was changed after it was written");
                        }
                        prevHash = recomputed;
                        expectedSeq++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select last_seq, last_hash from audit_head where id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (rs.next() && (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(prevHash))) {
                    return new Result(false, entries, expectedSeq - 1 == rs.getLong(1) ? expectedSeq - 1 : expectedSeq,
                            "the newest entries were removed: the chain's head is at " + rs.getLong(1)
                                    + " but the trail ends at " + (expectedSeq - 1));
                }
            }
            return new Result(true, entries, null, null);
        } catch (SQLException e) {
            throw new kz.kuzet.store.StoreException("Cannot read the audit trail: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
