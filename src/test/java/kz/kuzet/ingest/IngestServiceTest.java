package kz.kuzet.ingest;

import static kz.kuzet.ingest.IngestFixture.count;
import static kz.kuzet.ingest.IngestFixture.rows;
import static kz.kuzet.ingest.IngestFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IngestServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final long T0 = Instant.parse("2026-03-10T07:00:00Z").toEpochMilli();

    private static String cef(String id, String ext, long at) {
        return "CEF:0|Vendor|IDS|1|" + id + "|Sig " + id + "|5|" + ext + " rt=" + at;
    }

    private static final String INPUT = String.join("\n",
            cef("100", "src=203.0.113.5 dst=10.1.0.10 dvc=10.1.0.2", T0),          // exact object IP
            cef("101", "src=203.0.113.5 dst=10.1.5.77", T0),                       // contour range only
            cef("102", "dhost=ws-17.minfin.local", T0),                            // host name
            cef("103", "dst=192.0.2.1", T0),                                       // nobody's
            cef("104", "dst=10.2.0.5", T0),                                        // out of scope
            "hello, I am not a detection",                                         // quarantine
            cef("100", "src=203.0.113.5 dst=10.1.0.10 dvc=10.1.0.2", T0 + 60_000), // folds into the first
            cef("100", "src=203.0.113.5 dst=10.1.0.10 dvc=10.1.0.2", T0 + 7_200_000), // outside the window
            cef("100", "src=203.0.113.5 dst=10.1.0.10 dvc=10.1.0.2", T0)) + "\n";  // exact duplicate

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void attributesStoresFoldsQuarantinesRefusesAndTheReceiptAddsUp(TestEngine engine) {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            IngestReceipt r = kuzet.ingest().ingest(List.of(text("alerts.cef", INPUT)), null, "test", IngestProgress.NONE);

            assertThat(r.read()).isEqualTo(9);
            assertThat(r.stored()).isEqualTo(5);
            assertThat(r.duplicates()).isEqualTo(2);
            assertThat(r.folded()).isEqualTo(1);
            assertThat(r.quarantined()).isEqualTo(1);
            assertThat(r.refused()).isEqualTo(1);
            assertThat(r.unattributed()).isEqualTo(1);
            assertThat(r.addsUp()).isTrue();

            assertThat(rows(kuzet, "select d.signature_id, b.code, o.host_name, d.triage from detection d"
                    + " left join state_body b on b.id = d.state_body_id left join monitored_object o on o.id = d.object_id"
                    + " order by d.signature_id, d.first_seen")).containsExactly(
                    "100|MINFIN|srv-01|NEW|", "100|MINFIN|srv-01|NEW|", "101|MINFIN|null|NEW|",
                    "102|MINFIN|ws-17.minfin.local|NEW|", "103|null|null|UNATTRIBUTED|");
            assertThat(rows(kuzet, "select occurrence_count, first_seen, last_seen from detection"
                    + " where signature_id = '100' order by first_seen")).containsExactly(
                    "2|2026-03-10T07:00:00Z|2026-03-10T07:01:00Z|", "1|2026-03-10T09:00:00Z|2026-03-10T09:00:00Z|");
            assertThat(rows(kuzet, "select source_name, line_no, byte_offset, reason from ingest_quarantine"))
                    .singleElement().asString().startsWith("alerts.cef|6|").contains("unrecognised record");
            assertThat(rows(kuzet, "select line_no, reason from ingest_refusal")).singleElement().asString()
                    .startsWith("5|").contains("R-5: STATE_SECRETS");
            assertThat(count(kuzet, "select count(*) from detection where raw_text like '%10.2.0.5%'")).isZero();
            // the sensor reported up to 09:00, but nothing is seen later than now (08:00)
            assertThat(rows(kuzet, "select last_seen_at from sensor")).containsExactly("2026-03-10T08:00:00Z|");
            assertThat(rows(kuzet, "select read_count, stored_count, duplicate_count, folded_count,"
                    + " quarantined_count, refused_count, unattributed_count from ingest_run"))
                    .containsExactly("9|5|2|1|1|1|1|");
            assertThat(count(kuzet, "select count(*) from audit_entry where action = 'INGEST_BATCH'")).isEqualTo(1);
            assertThat(count(kuzet, "select count(*) from audit_entry where action = 'INGEST_RUN'")).isEqualTo(1);
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aReplayedFileStoresNothingNew(TestEngine engine) {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            kuzet.ingest().ingest(List.of(text("a.cef", INPUT)), null, "test", IngestProgress.NONE);
            List<String> before = snapshot(kuzet);
            IngestReceipt again = kuzet.ingest().ingest(List.of(text("a.cef", INPUT)), null, "test",
                    IngestProgress.NONE);
            assertThat(again.read()).isEqualTo(9);
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(7);
            assertThat(again.quarantined()).isEqualTo(1);
            assertThat(again.refused()).isEqualTo(1);
            assertThat(again.addsUp()).isTrue();
            assertThat(snapshot(kuzet)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aRunKilledHalfWayAndRunAgainEndsAsOneCleanRun(TestEngine engine) {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            big.append(cef(String.valueOf(200 + i % 9), "src=203.0.113." + (i % 5) + " dst=10.1.0.10",
                    T0 + i * 30_000L)).append('\n');
            if (i % 11 == 0) {
                big.append("garbage ").append(i).append('\n');
            }
            if (i % 13 == 0) {
                big.append(cef("300", "dst=10.2.0.5", T0 + i)).append('\n');
            }
        }
        String input = big.toString();
        IngestSettings small = IngestSettings.defaults().withBatchSize(7);
        List<String> clean;
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            service(kuzet, small).ingest(List.of(text("big.cef", input)), null, "test", IngestProgress.NONE);
            clean = snapshot(kuzet);
        }
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            IngestService failing = service(kuzet, small).withHook(batch -> {
                if (batch == 4) {
                    throw new IllegalStateException("killed");
                }
            });
            assertThatThrownBy(() -> failing.ingest(List.of(text("big.cef", input)), null, "test",
                    IngestProgress.NONE)).hasMessage("killed");
            assertThat(count(kuzet, "select count(*) from detection")).isPositive();
            assertThat(snapshot(kuzet)).isNotEqualTo(clean);
            IngestReceipt rerun = service(kuzet, small).ingest(List.of(text("big.cef", input)), null, "test",
                    IngestProgress.NONE);
            assertThat(rerun.addsUp()).isTrue();
            assertThat(rerun.read()).isEqualTo(60 + 6 + 5);
            assertThat(snapshot(kuzet)).isEqualTo(clean);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void onlyRolesThatImportDataMayIngestAndARefusalStoresNothing(TestEngine engine) {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            IngestFixture.registry(kuzet);
            for (Actor refused : List.of(Actor.user("aud", Role.AUDITOR, null, null),
                    Actor.user("coord", Role.COORDINATOR, 1L, "MINFIN"))) {
                assertThatThrownBy(() -> kuzet.ingest().ingest(List.of(text("a.cef", INPUT)), null, refused,
                        IngestProgress.NONE))
                        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not import data");
            }
            assertThat(count(kuzet, "select count(*) from detection")).isZero();
            assertThat(count(kuzet, "select count(*) from ingest_run")).isZero();

            IngestReceipt r = kuzet.ingest().ingest(List.of(text("a.cef", INPUT)), null,
                    Actor.user("ana", Role.ANALYST, null, null), IngestProgress.NONE);
            assertThat(r.stored()).isEqualTo(5);
            assertThat(rows(kuzet, "select actor from ingest_run")).containsExactly("ana|");
        }
    }

    private static IngestService service(Kuzet kuzet, IngestSettings settings) {
        return new IngestService(kuzet.database(), kuzet.tx(), kuzet.audit(), kuzet.access(), kuzet.clock(), settings);
    }

    private static List<String> snapshot(Kuzet kuzet) {
        List<String> all = new java.util.ArrayList<>();
        all.addAll(rows(kuzet, "select dedup_key, signature_id, severity, first_seen, last_seen, occurrence_count,"
                + " triage, state_body_id, object_id, sensor_id, fold_key from detection order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, detection_key from detection_fold order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, source_name, line_no, byte_offset, reason from ingest_quarantine"
                + " order by dedup_key"));
        all.addAll(rows(kuzet, "select dedup_key, line_no, object_id, reason from ingest_refusal order by dedup_key"));
        all.addAll(rows(kuzet, "select id, last_seen_at from sensor order by id"));
        return all;
    }
}
