package kz.kuzet.ui.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/** Fills a database with many new detections and open records, straight through JDBC, for the UI benchmark. */
final class BenchData {

    private static final String[] SIGNATURES = {"ET SCAN Potential SSH Scan", "SQL injection attempt on web portal",
        "Multiple Windows logon failures", "ET TROJAN Cobalt Strike Beacon Observed", "User clicked a known phishing URL",
        "ET INFO Observed DNS Query to .cloud TLD", "Apache Log4j Remote Code Execution (CVE-2021-44228)",
        "A user account was created", "File added to the system", "Windows command prompt started by an abnormal process"};

    private BenchData() {
    }

    /** Inserts the bodies, objects, detections and records; returns nothing, counts are as asked. */
    static void fill(DataSource ds, int bodies, int objectsPerBody, int detections, int records, Instant now)
            throws SQLException {
        Random random = new Random(229);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<long[]> objects = new ArrayList<>();
            try (PreparedStatement body = c.prepareStatement("insert into state_body (code, name_kk, name_ru, kind)"
                    + " values (?, ?, ?, 'MINISTRY')", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement object = c.prepareStatement("insert into monitored_object (state_body_id, contour,"
                    + " department, host_name, ip_address, operating_system) values (?, 'INTERNAL', 'IT', ?, ?, 'Windows 10')",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int b = 0; b < bodies; b++) {
                    body.setString(1, "B" + b);
                    body.setString(2, "Бенчмарк органы " + b);
                    body.setString(3, "Орган бенчмарка " + b);
                    body.executeUpdate();
                    long bodyId = key(body);
                    for (int o = 0; o < objectsPerBody; o++) {
                        object.setLong(1, bodyId);
                        object.setString(2, "B" + b + "-WS-" + o);
                        object.setString(3, "10." + b + "." + (o / 250) + "." + (o % 250 + 1));
                        object.executeUpdate();
                        objects.add(new long[] {bodyId, key(object)});
                    }
                }
            }
            try (PreparedStatement d = c.prepareStatement("insert into detection (dedup_key, source_format,"
                    + " signature_id, signature_name, severity, src_ip, dst_ip, host_name, detected_at, first_seen,"
                    + " last_seen, raw_text, ingested_at, triage, state_body_id, object_id)"
                    + " values (?, 'CEF', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?)")) {
                String[] severities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
                for (int i = 0; i < detections; i++) {
                    long[] o = objects.get(random.nextInt(objects.size()));
                    int sig = random.nextInt(SIGNATURES.length);
                    Timestamp at = Timestamp.from(now.minus(Duration.ofSeconds(random.nextInt(4 * 3600))));
                    d.setString(1, "bench-" + i);
                    d.setString(2, Integer.toString(2000 + sig));
                    d.setString(3, SIGNATURES[sig]);
                    d.setString(4, severities[random.nextInt(4)]);
                    d.setString(5, "185.1." + random.nextInt(256) + "." + random.nextInt(256));
                    d.setString(6, "10.0.0.1");
                    d.setString(7, "host-" + o[1]);
                    d.setTimestamp(8, at);
                    d.setTimestamp(9, at);
                    d.setTimestamp(10, at);
                    d.setString(11, "CEF:0|Bench|IDS|1|" + sig + "|" + SIGNATURES[sig] + "|5|n=" + i);
                    d.setTimestamp(12, at);
                    d.setLong(13, o[0]);
                    d.setLong(14, o[1]);
                    d.addBatch();
                    if (i % 1000 == 999) {
                        d.executeBatch();
                    }
                }
                d.executeBatch();
            }
            try (PreparedStatement r = c.prepareStatement("insert into incident_record (kind, status, severity,"
                    + " category, state_body_id, title, assignee, created_at, detected_at, sb_notice_sent_at)"
                    + " values (?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?, ?)")) {
                String[] severities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
                String[] categories = {"SCANNING", "PHISHING", "MALWARE_SPAM", "UNAUTHORISED_ACCESS", "OTHER"};
                for (int i = 0; i < records; i++) {
                    long[] o = objects.get(random.nextInt(objects.size()));
                    Instant detected = now.minus(Duration.ofMinutes(random.nextInt(72 * 60)));
                    r.setString(1, random.nextInt(3) == 0 ? "INCIDENT" : "EVENT");
                    r.setString(2, severities[random.nextInt(4)]);
                    r.setString(3, categories[random.nextInt(categories.length)]);
                    r.setLong(4, o[0]);
                    r.setString(5, SIGNATURES[random.nextInt(SIGNATURES.length)]);
                    r.setString(6, "analyst" + (1 + random.nextInt(8)));
                    r.setTimestamp(7, Timestamp.from(detected.plusSeconds(300)));
                    r.setTimestamp(8, Timestamp.from(detected));
                    r.setTimestamp(9, random.nextBoolean() ? Timestamp.from(detected.plusSeconds(900)) : null);
                    r.addBatch();
                    if (i % 1000 == 999) {
                        r.executeBatch();
                    }
                }
                r.executeBatch();
            }
            c.commit();
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
