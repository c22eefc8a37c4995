package kz.kuzet.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.Severity;
import kz.kuzet.store.StoreException;

/**
 * Fills a database with a synthetic quarter (state bodies, CS events and incidents with their clock facts and
 * measures) for the summary benchmark and tests. Deterministic for a seed; written with JDBC batches.
 */
public final class SummaryBenchmark {

    /** What the benchmark measured. */
    public record Figures(int records, int bodies, long computeMillis, long renderMillis, int pages, int bytes) {
        public long totalMillis() {
            return computeMillis + renderMillis;
        }
    }

    private static final int BATCH = 1000;

    private SummaryBenchmark() {
    }

    /** Writes {@code bodies} state bodies and {@code records} records detected within the quarter. */
    public static void fill(DataSource dataSource, Quarter quarter, int bodies, int records, long seed) {
        Random random = new Random(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Long> bodyIds = insertBodies(c, bodies);
            long span = Duration.between(quarter.start(), quarter.end()).toSeconds();
            try (PreparedStatement r = c.prepareStatement("insert into incident_record (kind, status, severity,"
                    + " category, state_body_id, title, initial_analysis, created_at, detected_at, sb_notice_sent_at,"
                    + " knb_notice_sent_at, sb_report_at, eliminated_at, escalation_notice_at, closed_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                List<boolean[]> incidentFlags = new ArrayList<>();
                for (int i = 0; i < records; i++) {
                    boolean incident = random.nextInt(100) < 30;
                    Instant detected = quarter.start().plusSeconds((long) (random.nextDouble() * span));
                    Instant sb = detected.plus(Duration.ofMinutes(random.nextInt(10) == 0 ? 31 + random.nextInt(60)
                            : 5 + random.nextInt(25)));
                    Instant knb = detected.plus(Duration.ofMinutes(random.nextInt(12) == 0 ? 181 + random.nextInt(120)
                            : 30 + random.nextInt(150)));
                    Instant report = random.nextInt(8) == 0 ? null
                            : sb.plus(Duration.ofHours(2 + random.nextInt(random.nextInt(6) == 0 ? 90 : 46)));
                    Instant eliminated = report != null && random.nextInt(5) > 0 ? report : null;
                    boolean escalated = incident && (eliminated == null
                            || eliminated.isAfter(detected.plus(Duration.ofHours(48)))) && random.nextInt(3) > 0;
                    Instant escalation = escalated ? detected.plus(Duration.ofHours(48).plusMinutes(10)) : null;
                    RecordStatus status = eliminated != null ? RecordStatus.CLOSED
                            : escalated ? RecordStatus.ESCALATED : RecordStatus.IN_PROGRESS;
                    Category category = Category.values()[random.nextInt(Category.values().length)];
                    Severity severity = incident ? Severity.values()[2 + random.nextInt(2)]
                            : Severity.values()[random.nextInt(3)];
                    r.setString(1, (incident ? RecordKind.INCIDENT : RecordKind.EVENT).name());
                    r.setString(2, status.name());
                    r.setString(3, severity.name());
                    r.setString(4, category.name());
                    r.setLong(5, bodyIds.get(random.nextInt(bodyIds.size())));
                    r.setString(6, "Сигнатура " + (1000 + random.nextInt(9000)) + ": күдікті белсенділік / "
                            + "подозрительная активность " + category.name().toLowerCase(java.util.Locale.ROOT));
                    r.setString(7, "Бастапқы талдау жүргізілді.");
                    r.setObject(8, at(detected.plusSeconds(120)));
                    r.setObject(9, at(detected));
                    r.setObject(10, at(sb));
                    r.setObject(11, at(knb));
                    r.setObject(12, at(report));
                    r.setObject(13, at(eliminated));
                    r.setObject(14, at(escalation));
                    r.setObject(15, at(eliminated == null ? null : eliminated.plus(Duration.ofHours(1))));
                    r.addBatch();
                    incidentFlags.add(new boolean[] {incident, report != null});
                    if (incidentFlags.size() == BATCH || i == records - 1) {
                        r.executeBatch();
                        List<Long> ids = new ArrayList<>();
                        try (ResultSet keys = r.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids.add(keys.getLong(1));
                            }
                        }
                        insertMeasures(c, ids, incidentFlags, quarter);
                        incidentFlags.clear();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not fill the benchmark quarter: " + e.getMessage(), e);
        }
    }

    private static List<Long> insertBodies(Connection c, int bodies) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("insert into state_body (code, name_kk, name_ru, kind,"
                + " contact_email, version) values (?, ?, ?, 'AGENCY', ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= bodies; i++) {
                s.setString(1, String.format("B%03d", i));
                s.setString(2, i + "-шы өңірлік басқарма (сынақ)");
                s.setString(3, "Региональное управление № " + i + " (тест)");
                s.setString(4, "soc" + i + "@example.kz");
                s.addBatch();
            }
            s.executeBatch();
            try (ResultSet keys = s.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void insertMeasures(Connection c, List<Long> ids, List<boolean[]> flags, Quarter q)
            throws SQLException {
        try (PreparedStatement m = c.prepareStatement("insert into containment_measure (record_id, taken_at, author,"
                + " description, version) values (?, ?, 'bench', ?, 0)");
                PreparedStatement rep = c.prepareStatement("insert into state_body_report (record_id, received_at,"
                        + " analysis, measures, causes_eliminated, version) values (?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < ids.size(); i++) {
                if (!flags.get(i)[0]) {
                    continue;
                }
                m.setLong(1, ids.get(i));
                m.setObject(2, at(q.start()));
                m.setString(3, "Көзі желіаралық экранда бұғатталды / источник заблокирован на МСЭ");
                m.addBatch();
                if (flags.get(i)[1]) {
                    rep.setLong(1, ids.get(i));
                    rep.setObject(2, at(q.start()));
                    rep.setString(3, "Талдау жүргізілді");
                    rep.setString(4, "Хост оқшауланды, құпиясөздер ауыстырылды");
                    rep.setBoolean(5, true);
                    rep.addBatch();
                }
            }
            m.executeBatch();
            rep.executeBatch();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
