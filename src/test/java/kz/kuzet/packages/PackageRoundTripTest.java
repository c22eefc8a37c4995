package kz.kuzet.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.export.ExportReceipt;
import kz.kuzet.packages.importing.ImportReceipt;
import kz.kuzet.packages.importing.ImportRefused;
import kz.kuzet.packages.importing.ImportedAuditEntry;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditVerifier;
import kz.kuzet.testing.Actors;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export from one database → verify → import into a fresh one → the same record; importing again adds nothing. */
class PackageRoundTripTest {

    private static final SigningKey STS = SigningKey.generate("STS NCCC");
    private static final TrustList TRUST = TrustList.of(new TrustedKey("STS", STS.publicKey()));
    private static final Actor AUDITOR = Actor.user("auditor1", kz.kuzet.security.Role.AUDITOR, null, null);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void aRecordTravelsToAnotherDatabaseWithNothingLost(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(RecordWorld.START);
        Path file = dir.resolve("record.kzp");
        RecordDetail source;
        long recordId;
        try (Kuzet origin = engine.open(clock)) {
            IncidentFixture fx = new IncidentFixture(origin);
            recordId = RecordWorld.fullRecord(origin, fx, clock);
            source = origin.queues().detail(Actors.SYSTEM, recordId);
            ExportReceipt receipt = origin.packages().export(RecordWorld.LEAD, recordId, file, STS);
            assertThat(receipt.recordKey()).endsWith("-" + recordId);
            long exports = origin.tx().read(em -> em.createQuery("select count(a) from AuditEntry a"
                    + " where a.action = 'package.export' and a.recordId = :r", Long.class)
                    .setParameter("r", recordId).getSingleResult());
            assertThat(exports).isEqualTo(1);
        }

        OpenedPackage opened = PackageReader.open(file, TRUST);
        assertThat(opened.detail()).isEqualTo(source);
        assertThat(opened.detections()).hasSize(2).allSatisfy(d -> assertThat(d.rawText()).startsWith("CEF:0|"));
        assertThat(opened.notices()).singleElement().satisfies(n -> {
            assertThat(n.pdf()).startsWith("%PDF".getBytes());
            assertThat(PackageReader.sha256(n.pdf())).isEqualTo(n.notice().documentSha256());
        });
        assertThat(opened.recommendations()).hasSize(1);
        assertThat(opened.measures()).singleElement().satisfies(m -> assertThat(m.sensorIpAddress()).isNotNull());
        assertThat(opened.dispatches()).hasSize(1);
        assertThat(opened.reports()).hasSize(1);
        assertThat(opened.annexRows()).singleElement().satisfies(a -> assertThat(a.hostName()).isEqualTo("MF-WS-0001"));
        assertThat(opened.auditEntries()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.recordId()).isEqualTo(recordId));

        try (Kuzet target = engine.open(clock)) {
            new IncidentFixture(target);
            ImportReceipt first = target.packages().importPackage(RecordWorld.LEAD, file, TRUST);
            assertThat(first.added()).isTrue();
            assertThat(first.detections()).isEqualTo(2);
            RecordDetail imported = target.queues().detail(Actors.SYSTEM, first.recordId());
            assertSameRecord(imported, source);
            assertThat(imported.timeline()).filteredOn(t -> t.type().equals("audit:package.import")).singleElement()
                    .satisfies(t -> assertThat(t.origin()).isNull());
            TimelineEntry.Origin from = new TimelineEntry.Origin(opened.manifest().packageId(), "STS",
                    opened.signerFingerprint(), opened.manifest().createdAt(), clock.instant());
            assertThat(imported.timeline()).filteredOn(TimelineEntry::imported)
                    .hasSize((int) opened.auditEntries().stream().filter(a -> !a.action().startsWith("detection."))
                            .count())
                    .allSatisfy(t -> assertThat(t.origin()).isEqualTo(from));

            List<ImportedAuditEntry> kept = target.tx().read(em -> em.createQuery(
                    "select a from ImportedAuditEntry a where a.recordId = :r order by a.id", ImportedAuditEntry.class)
                    .setParameter("r", first.recordId()).getResultList());
            assertThat(kept).extracting(ImportedAuditEntry::toPackaged).isEqualTo(opened.auditEntries());
            byte[] pdf = target.notices().document(RecordWorld.LEAD, target.tx().read(em -> em.createQuery(
                    "select n.id from Notice n where n.record.id = :r", Long.class)
                    .setParameter("r", first.recordId()).getSingleResult()));
            assertThat(pdf).isEqualTo(opened.notices().get(0).pdf());

            long records = countRecords(target);
            long detections = target.tx().read(em -> em.createQuery("select count(d) from Detection d", Long.class)
                    .getSingleResult());
            ImportReceipt again = target.packages().importPackage(RecordWorld.LEAD, file, TRUST);
            assertThat(again.added()).isFalse();
            assertThat(again.recordId()).isEqualTo(first.recordId());
            assertThat(countRecords(target)).isEqualTo(records);
            long detectionsAfter = target.tx().read(em -> em.createQuery("select count(d) from Detection d",
                    Long.class).getSingleResult());
            assertThat(detectionsAfter).isEqualTo(detections);

            AuditVerifier.Result chain = target.auditVerifier().verify(AUDITOR, null);
            assertThat(chain.valid()).as(chain.reason()).isTrue();
        }
    }

    private static long countRecords(Kuzet k) {
        return k.tx().read(em -> em.createQuery("select count(r) from IncidentRecord r", Long.class)
                .getSingleResult());
    }

    /**
     * Equal but for the database's own ids and versions and the import's own line on the timeline; the origin's
     * audit entries are on the timeline marked as imported, everything else is not.
     */
    static void assertSameRecord(RecordDetail imported, RecordDetail source) {
        var a = imported.summary();
        var b = source.summary();
        assertThat(List.of(a.kind(), a.status(), a.severity(), a.category(), a.bodyCode(), a.bodyNameKk(),
                a.bodyNameRu(), a.title(), a.facts())).isEqualTo(List.of(b.kind(), b.status(), b.severity(),
                b.category(), b.bodyCode(), b.bodyNameKk(), b.bodyNameRu(), b.title(), b.facts()));
        assertThat(a.assignee()).isEqualTo(b.assignee());
        assertThat(imported.initialAnalysis()).isEqualTo(source.initialAnalysis());
        assertThat(imported.createdAt()).isEqualTo(source.createdAt());
        assertThat(imported.closedAt()).isEqualTo(source.closedAt());
        assertThat(imported.objects()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyInAnyOrderElementsOf(source.objects());
        assertThat(imported.detections()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyInAnyOrderElementsOf(source.detections());
        assertThat(imported.sensors()).extracting(RecordDetail.SensorChoice::label)
                .isEqualTo(source.sensors().stream().map(RecordDetail.SensorChoice::label).toList());
        assertThat(imported.timeline()).allSatisfy(t -> assertThat(t.imported())
                .as("%s marked as imported", t.type())
                .isEqualTo(t.type().startsWith("audit:") && !t.type().equals("audit:package.import")));
        assertThat(source.timeline()).noneMatch(TimelineEntry::imported);
        Comparator<TimelineEntry> order = Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::type)
                .thenComparing(TimelineEntry::text);
        assertThat(imported.timeline().stream().filter(t -> !t.type().equals("audit:package.import"))
                .map(t -> new TimelineEntry(t.at(), t.type(), t.actor(), t.text())).sorted(order).toList())
                .isEqualTo(source.timeline().stream().sorted(order).toList());
    }

    @ParameterizedTest
    @EnumSource(value = TestEngine.class, names = "H2")
    void aPackageWhoseStateBodyIsNotHereIsRefusedAndNothingIsImported(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(RecordWorld.START);
        Path file = dir.resolve("record.kzp");
        try (Kuzet origin = engine.open(clock)) {
            long id = RecordWorld.fullRecord(origin, new IncidentFixture(origin), clock);
            origin.packages().export(AUDITOR, id, file, STS);
        }
        try (Kuzet empty = engine.open(clock)) {
            assertThatThrownBy(() -> empty.packages().importPackage(RecordWorld.LEAD, file, TRUST))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(ImportRefused.Reason.UNKNOWN_STATE_BODY);
                        assertThat(e.getMessage()).contains("MF");
                        assertThat(e.message(java.util.Locale.forLanguageTag("kk"))).contains("тізілімінде жоқ");
                    });
            assertThat(countRecords(empty)).isZero();
            assertThat(empty.auditVerifier().verify(AUDITOR, null).valid()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestEngine.class, names = "H2")
    void aPackageWhoseObjectsAreNotHereIsRefusedAndNothingIsImported(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(RecordWorld.START);
        Path file = dir.resolve("record.kzp");
        try (Kuzet origin = engine.open(clock)) {
            long id = RecordWorld.fullRecord(origin, new IncidentFixture(origin), clock);
            origin.packages().export(AUDITOR, id, file, STS);
        }
        try (Kuzet bodyOnly = engine.open(clock)) {
            bodyOnly.tx().run(em -> em.persist(new StateBody("MF", "Қаржы министрлігі", "Министерство финансов",
                    StateBodyKind.MINISTRY)));
            long auditBefore = count(bodyOnly, "AuditEntry");
            assertThatThrownBy(() -> bodyOnly.packages().importPackage(RecordWorld.LEAD, file, TRUST))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(ImportRefused.Reason.UNKNOWN_OBJECTS);
                        assertThat(e.getMessage()).contains("MF", "MF-WS-0001 / 10.20.1.1", "nothing was imported");
                        assertThat(e.message(Locale.forLanguageTag("ru"))).contains("MF-WS-0001")
                                .contains("ничего не импортировано");
                    });
            for (String entity : List.of("IncidentRecord", "Detection", "Notice", "Recommendation",
                    "ContainmentMeasure", "OnSiteDispatch", "StateBodyReport", "ImportedPackage",
                    "ImportedAuditEntry", "MonitoredObject")) {
                assertThat(count(bodyOnly, entity)).as(entity).isZero();
            }
            assertThat(count(bodyOnly, "AuditEntry")).isEqualTo(auditBefore);
            assertThat(bodyOnly.auditVerifier().verify(AUDITOR, null).valid()).isTrue();
        }
    }

    private static long count(Kuzet k, String entity) {
        return k.tx().read(em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }
}
