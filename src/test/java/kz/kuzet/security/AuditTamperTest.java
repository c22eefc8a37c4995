package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tampering done directly in the database, behind the application's back, as someone with write access to it
 * would: each case starts from a fresh 12-entry chain, tampers, and expects the verifier to name the first bad
 * entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperTest {

    private static final int ENTRIES = 12;
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);
    private final Map<TestEngine, Kuzet> databases = new EnumMap<>(TestEngine.class);

    @AfterAll
    void close() {
        databases.values().forEach(Kuzet::close);
    }

    /** A database holding exactly a valid chain of 12 entries (the previous case's tampering wiped). */
    private Kuzet freshChain(TestEngine engine) throws SQLException {
        Kuzet kuzet = databases.computeIfAbsent(engine, e -> e.open(clock));
        sql(kuzet, "delete from audit_entry");
        sql(kuzet, "delete from audit_head");
        sql(kuzet, "insert into audit_head (id, last_seq, last_hash) values (1, 0, '" + AuditHash.GENESIS + "')");
        for (int i = 1; i <= ENTRIES; i++) {
            int n = i;
            kuzet.tx().run(em -> {
                if (n % 3 == 0) {
                    kuzet.audit().change(em, "demo.analyst", "record.update", "incident_record", (long) n, (long) n,
                            Map.of("severity", "low"), Map.of("severity", "high", "n", n));
                } else {
                    kuzet.audit().event(em, n % 2 == 0 ? "demo.lead" : "demo.auditor", "login.ok", Map.of("n", n));
                }
            });
        }
        AuditVerifier.Result fresh = kuzet.auditVerifier().verify();
        assertThat(fresh.valid()).isTrue();
        assertThat(fresh.entries()).isEqualTo(ENTRIES);
        return kuzet;
    }

    private static void sql(Kuzet kuzet, String statement) throws SQLException {
        try (Connection c = kuzet.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static String hashOf(Kuzet kuzet, long seq) throws SQLException {
        try (Connection c = kuzet.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("select hash from audit_entry where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Inserts an entry whose hash is correctly computed from the given predecessor: a well-informed forger. */
    private static void forge(Kuzet kuzet, long seq, String prevHash) throws SQLException {
        Instant at = Instant.parse("2026-07-12T05:00:00Z");
        String hash = AuditHash.of(prevHash, seq, at, "intruder", "record.delete", null, null, null, null, "{}");
        try (Connection c = kuzet.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("insert into audit_entry (seq, at, actor, action, after_state,"
                        + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(3, "intruder");
            ps.setString(4, "record.delete");
            ps.setString(5, "{}");
            ps.setString(6, prevHash);
            ps.setString(7, hash);
            ps.executeUpdate();
        }
    }

    private static void expectBroken(Kuzet kuzet, long firstBad, String reason) {
        AuditVerifier.Result r = kuzet.auditVerifier().verify();
        assertThat(r.valid()).as(r.toString()).isFalse();
        assertThat(r.firstBad()).as(r.toString()).isEqualTo(firstBad);
        assertThat(r.reason()).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anEditedEntryIsFound(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        sql(kuzet, "update audit_entry set after_state = '{\"severity\":\"low\",\"n\":6}' where seq = 6");
        expectBroken(kuzet, 6, "entry 6 was changed after it was written");

        kuzet = freshChain(engine);
        sql(kuzet, "update audit_entry set actor = 'someone.else' where seq = 2");
        expectBroken(kuzet, 2, "changed");

        kuzet = freshChain(engine);
        sql(kuzet, "update audit_entry set at = at + interval '1' hour where seq = 7");
        expectBroken(kuzet, 7, "changed");

        kuzet = freshChain(engine);
        sql(kuzet, "update audit_entry set record_id = null where seq = 9");
        expectBroken(kuzet, 9, "changed");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anEditWithItsHashRecomputedBreaksTheLinkToTheNextEntry(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        String prev = hashOf(kuzet, 4);
        sql(kuzet, "delete from audit_entry where seq = 5");
        forge(kuzet, 5, prev);
        expectBroken(kuzet, 6, "entry 6 does not follow the entry before it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aDeletedEntryIsFoundInTheMiddleAndAtTheTail(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry where seq = 5");
        expectBroken(kuzet, 5, "entry 5 is missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry where seq in (5, 6, 7)");
        expectBroken(kuzet, 5, "entries 5 to 7 are missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry where seq = 1");
        expectBroken(kuzet, 1, "entry 1 is missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry where seq = " + ENTRIES);
        expectBroken(kuzet, ENTRIES, "entry 12, the newest, is missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry where seq > 9");
        expectBroken(kuzet, 10, "entries 10 to 12, the newest, are missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_entry");
        expectBroken(kuzet, 1, "entries 1 to 12, the newest, are missing");

        kuzet = freshChain(engine);
        sql(kuzet, "delete from audit_head");
        expectBroken(kuzet, 1, "head row is missing");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void reorderedEntriesAreFound(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        // swap the sequence numbers of entries 4 and 5 (through a free number: seq is unique)
        sql(kuzet, "update audit_entry set seq = -1 where seq = 4");
        sql(kuzet, "update audit_entry set seq = 4 where seq = 5");
        sql(kuzet, "update audit_entry set seq = 5 where seq = -1");
        expectBroken(kuzet, 4, "entry 4 was changed");

        kuzet = freshChain(engine);
        // move the newest entry to the front, renumbering the rest
        sql(kuzet, "update audit_entry set seq = 0 where seq = " + ENTRIES);
        for (int seq = ENTRIES - 1; seq >= 1; seq--) {
            sql(kuzet, "update audit_entry set seq = " + (seq + 1) + " where seq = " + seq);
        }
        sql(kuzet, "update audit_entry set seq = 1 where seq = 0");
        expectBroken(kuzet, 1, "entry 1 was changed");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void insertedEntriesAreFound(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        // into the middle: make room at 5, forge a well-formed entry there, fix the head
        for (int seq = ENTRIES; seq >= 5; seq--) {
            sql(kuzet, "update audit_entry set seq = " + (seq + 1) + " where seq = " + seq);
        }
        forge(kuzet, 5, hashOf(kuzet, 4));
        sql(kuzet, "update audit_head set last_seq = " + (ENTRIES + 1) + " where id = 1");
        expectBroken(kuzet, 6, "entry 6 was changed");

        kuzet = freshChain(engine);
        // at the tail, correctly chained, without touching the head
        forge(kuzet, ENTRIES + 1, hashOf(kuzet, ENTRIES));
        expectBroken(kuzet, ENTRIES + 1, "added behind the application's back");

        kuzet = freshChain(engine);
        // at the tail with a made-up predecessor
        forge(kuzet, ENTRIES + 1, "f".repeat(64));
        sql(kuzet, "update audit_head set last_seq = " + (ENTRIES + 1) + " where id = 1");
        expectBroken(kuzet, ENTRIES + 1, "entry 13 does not follow the entry before it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aRewrittenTailWithItsHeadNeedsAnAnchorKeptElsewhere(TestEngine engine) throws SQLException {
        Kuzet kuzet = freshChain(engine);
        AuditVerifier.Anchor anchor = new AuditVerifier.Anchor(ENTRIES, kuzet.auditVerifier().verify().headHash());
        String hash11 = hashOf(kuzet, ENTRIES - 1);
        // remove the newest entry AND rewind the head consistently: the chain alone still looks whole
        sql(kuzet, "delete from audit_entry where seq = " + ENTRIES);
        sql(kuzet, "update audit_head set last_seq = " + (ENTRIES - 1) + ", last_hash = '" + hash11 + "' where id = 1");
        assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        AuditVerifier.Result anchored = kuzet.auditVerifier().verify(anchor);
        assertThat(anchored.valid()).isFalse();
        assertThat(anchored.firstBad()).isEqualTo(ENTRIES);
        assertThat(anchored.reason()).contains("the newest entries were removed");

        kuzet = freshChain(engine);
        anchor = new AuditVerifier.Anchor(ENTRIES, kuzet.auditVerifier().verify().headHash());
        // replace the newest entry with a forged one and move the head to it
        sql(kuzet, "delete from audit_entry where seq = " + ENTRIES);
        forge(kuzet, ENTRIES, hashOf(kuzet, ENTRIES - 1));
        sql(kuzet, "update audit_head set last_hash = '" + hashOf(kuzet, ENTRIES) + "' where id = 1");
        assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        AuditVerifier.Result rewritten = kuzet.auditVerifier().verify(anchor);
        assertThat(rewritten.firstBad()).isEqualTo(ENTRIES);
        assertThat(rewritten.reason()).contains("not the one anchored earlier");
    }
}
