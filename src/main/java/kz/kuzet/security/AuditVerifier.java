package kz.kuzet.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import kz.kuzet.store.StoreException;

/**
 * Walks the audit chain in sequence order and reports the first entry that was edited, deleted, inserted or
 * re-ordered behind the application's back. Reads with plain JDBC, streaming, so a long chain fits in memory.
 *
 * <p>What it can prove: every entry from 1 to the chain's head is present, unchanged and in its place. What no
 * keyless chain can prove: that someone with write access to the database did not rewrite the whole tail and
 * the head consistently; compare {@link Result#headHash()} with a copy kept elsewhere to rule that out.
 */
public final class AuditVerifier {

    private final DataSource dataSource;
    private final AccessGuard guard;

    public AuditVerifier(DataSource dataSource, AccessGuard guard) {
        this.dataSource = dataSource;
        this.guard = guard;
    }

    /**
     * @param entries  how many entries were read
     * @param firstBad the sequence number of the first entry that is wrong or missing; null when valid
     * @param headHash the hash of the newest valid entry (the value to keep elsewhere)
     */
    public record Result(boolean valid, long entries, Long firstBad, String reason, String headHash) {
        static Result bad(long entries, long firstBad, String reason) {
            return new Result(false, entries, firstBad, reason, null);
        }
    }

    /**
     * A hash seen earlier and kept outside the database (printed by {@code kuzet audit verify}, filed in a
     * report): the entry {@code seq} must still carry it. This catches what the chain alone cannot: the newest
     * entries removed or rewritten together with the chain's head.
     */
    public record Anchor(long seq, String hash) {
        public Anchor {
            if (seq < 1 || hash == null || !hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("An anchor is SEQ:HASH, the hash 64 hex digits, e.g. 120:9f86d0…");
            }
        }

        public static Anchor parse(String text) {
            String[] parts = text.trim().split(":", 2);
            try {
                return new Anchor(Long.parseLong(parts[0]), parts.length == 2 ? parts[1].toLowerCase(java.util.Locale.ROOT) : null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("An anchor is SEQ:HASH, e.g. 120:9f86d0…; '" + text + "' is not");
            }
        }
    }

    /** Verifies for an actor allowed to read the audit trail. */
    public Result verify(Actor actor) {
        return verify(actor, null);
    }

    /** Verifies for an actor allowed to read the audit trail, also against an anchor kept elsewhere (or null). */
    public Result verify(Actor actor, Anchor anchor) {
        guard.require(actor, Permission.AUDIT_READ);
        return verify(anchor);
    }

    public Result verify() {
        return verify((Anchor) null);
    }

    Result verify(Anchor anchor) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            // One snapshot for the head and the entries: appends committed meanwhile are neither half-seen nor
            // mistaken for entries added behind the application's back.
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                return walk(c, anchor);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit trail: " + e.getMessage(), e);
        }
    }

    private static Result walk(Connection c, Anchor anchor) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement("select last_seq, last_hash from audit_head where id = ?")) {
            ps.setInt(1, 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Result.bad(0, 1, "the chain's head row is missing");
                }
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        long entries = 0;
        long expectedSeq = 1;
        String prevHash = AuditHash.GENESIS;
        try (PreparedStatement ps = c.prepareStatement(
                "select seq, at, actor, action, entity, entity_id, record_id, before_state, after_state,"
                        + " prev_hash, hash from audit_entry order by seq, id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries++;
                    long seq = rs.getLong(1);
                    if (seq < expectedSeq) {
                        return Result.bad(entries, seq, "entry " + seq + " appears twice or out of order");
                    }
                    if (seq > expectedSeq) {
                        return Result.bad(entries, expectedSeq, expectedSeq == seq - 1
                                ? "entry " + expectedSeq + " is missing"
                                : "entries " + expectedSeq + " to " + (seq - 1) + " are missing");
                    }
                    String storedPrev = rs.getString(10);
                    String recomputed = AuditHash.of(storedPrev, seq,
                            rs.getObject(2, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MICROS),
                            rs.getString(3), rs.getString(4), rs.getString(5), nullableLong(rs, 6),
                            nullableLong(rs, 7), rs.getString(8), rs.getString(9));
                    if (!recomputed.equals(rs.getString(11))) {
                        return Result.bad(entries, seq, "entry " + seq + " was changed after it was written");
                    }
                    if (!storedPrev.equals(prevHash)) {
                        return Result.bad(entries, seq, "entry " + seq
                                + " does not follow the entry before it (re-ordered, inserted or its predecessor "
                                + "replaced)");
                    }
                    if (anchor != null && anchor.seq() == seq && !anchor.hash().equals(recomputed)) {
                        return Result.bad(entries, seq, "entry " + seq + " is not the one anchored earlier: the "
                                + "trail was rewritten from here on");
                    }
                    prevHash = recomputed;
                    expectedSeq++;
                }
            }
        }
        long last = expectedSeq - 1;
        if (anchor != null && anchor.seq() > last) {
            return Result.bad(entries, last + 1, "the trail ends at " + last + " but entry " + anchor.seq()
                    + " was anchored earlier: the newest entries were removed");
        }
        if (headSeq > last) {
            return Result.bad(entries, last + 1, last + 1 == headSeq
                    ? "entry " + headSeq + ", the newest, is missing"
                    : "entries " + (last + 1) + " to " + headSeq + ", the newest, are missing");
        }
        if (headSeq < last) {
            return Result.bad(entries, headSeq + 1, "entries after " + headSeq
                    + " were added behind the application's back (the chain's head is at " + headSeq + ")");
        }
        if (!headHash.equals(prevHash)) {
            return Result.bad(entries, last, "entry " + last + " is not the one the chain's head recorded");
        }
        return new Result(true, entries, null, null, prevHash);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
