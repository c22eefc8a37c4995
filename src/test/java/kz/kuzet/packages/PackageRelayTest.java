package kz.kuzet.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.importing.ImportReceipt;
import kz.kuzet.packages.importing.ImportedAudit;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditFilter;
import kz.kuzet.security.AuditRow;
import kz.kuzet.security.Role;
import kz.kuzet.testing.Actors;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A record passed on: exported at A, imported at B, worked on and exported again at B, imported at C. C keeps A's
 * audit entries marked as A's and B's as B's, on the timeline and in the audit list; a second import adds nothing.
 */
class PackageRelayTest {

    private static final SigningKey SITE_A = SigningKey.generate("STS NCCC");
    private static final SigningKey SITE_B = SigningKey.generate("STS Almaty");
    /** B's names for the keys it trusts, and C's: C does not even know A's key. */
    private static final TrustList AT_B = TrustList.of(new TrustedKey("STS Astana", SITE_A.publicKey()));
    private static final TrustList AT_C = TrustList.of(new TrustedKey("Almaty centre", SITE_B.publicKey()));
    private static final Actor AUDITOR = Actor.user("auditor1", Role.AUDITOR, null, null);
    private static final Actor LEAD_B = Actors.lead("lead.b");
    private static final Actor LEAD_C = Actors.lead("lead.c");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void aRecordPassedOnKeepsEveryEntryMarkedWithWhereItReallyCameFrom(TestEngine engine) throws Exception {
        MutableClock clock = new MutableClock(RecordWorld.START);
        Path fromA = dir.resolve("from-a.kzp");
        Path fromB = dir.resolve("from-b.kzp");
        long entriesAtA;
        try (Kuzet a = engine.open(clock)) {
            long id = RecordWorld.fullRecord(a, new IncidentFixture(a), clock);
            entriesAtA = countEntries(a, id);
            a.packages().export(RecordWorld.LEAD, id, fromA, SITE_A);
        }
        OpenedPackage packageA = PackageReader.open(fromA, AT_B);
        assertThat(packageA.auditEntries()).hasSize((int) entriesAtA);
        assertThat(packageA.importedAuditEntries()).isEmpty();

        clock.advance(Duration.ofHours(1));
        Instant importedAtB = clock.instant();
        long entriesAtB;
        try (Kuzet b = engine.open(clock)) {
            new IncidentFixture(b);
            ImportReceipt atB = b.packages().importPackage(LEAD_B, fromA, AT_B);
            assertThat(atB.relayedAuditEntries()).isZero();
            clock.advance(Duration.ofMinutes(10));
            b.response().addRecommendation(LEAD_B, new VersionedId(atB.recordId(),
                    RecordWorld.version(b, atB.recordId())), "Журналдарды тексеру.");
            entriesAtB = countEntries(b, atB.recordId());
            assertThat(entriesAtB).as("package.import and the recommendation").isEqualTo(2);
            clock.advance(Duration.ofMinutes(10));
            b.packages().export(LEAD_B, atB.recordId(), fromB, SITE_B);
        }
        OpenedPackage packageB = PackageReader.open(fromB, AT_C);
        assertThat(packageB.auditEntries()).hasSize((int) entriesAtB);
        assertThat(packageB.entries()).extracting(e -> e.name()).contains(PackageFormat.AUDIT_IMPORTED);
        PackagedImportedAuditEntry.Origin a = new PackagedImportedAuditEntry.Origin(packageA.manifest().packageId(),
                packageA.manifest().recordKey(), "STS Astana", packageA.signerFingerprint(), "lead1",
                packageA.manifest().createdAt(), "lead.b", importedAtB);
        assertThat(packageB.importedAuditEntries()).extracting(PackagedImportedAuditEntry::entry)
                .containsExactlyElementsOf(packageA.auditEntries());
        assertThat(packageB.importedAuditEntries()).extracting(PackagedImportedAuditEntry::origin).containsOnly(a);

        clock.advance(Duration.ofHours(1));
        Instant importedAtC = clock.instant();
        try (Kuzet c = engine.open(clock)) {
            new IncidentFixture(c);
            ImportReceipt atC = c.packages().importPackage(LEAD_C, fromB, AT_C);
            assertThat(atC.auditEntries()).isEqualTo(entriesAtB);
            assertThat(atC.relayedAuditEntries()).isEqualTo(entriesAtA);
            long record = atC.recordId();
            PackagedImportedAuditEntry.Origin b = new PackagedImportedAuditEntry.Origin(
                    packageB.manifest().packageId(), packageB.manifest().recordKey(), "Almaty centre",
                    packageB.signerFingerprint(), "lead.b", packageB.manifest().createdAt(), "lead.c", importedAtC);

            List<PackagedImportedAuditEntry> kept = c.tx().read(em -> ImportedAudit.ofRecord(em, record));
            assertThat(kept).hasSize((int) (entriesAtA + entriesAtB));
            assertThat(kept).filteredOn(e -> e.origin().equals(a)).extracting(PackagedImportedAuditEntry::entry)
                    .containsExactlyElementsOf(packageA.auditEntries());
            assertThat(kept).filteredOn(e -> e.origin().equals(b)).extracting(PackagedImportedAuditEntry::entry)
                    .containsExactlyElementsOf(packageB.auditEntries());

            List<AuditRow> listed = c.auditQueries().listWithImported(AUDITOR, new AuditFilter(null, record, null,
                    null, null, AuditFilter.DEFAULT_LIMIT));
            assertThat(listed).filteredOn(r -> !r.imported()).extracting(AuditRow::action)
                    .containsExactly("package.import");
            assertThat(listed).filteredOn(r -> r.imported() && r.origin().signer().equals("STS Astana"))
                    .hasSize((int) entriesAtA).allSatisfy(r -> {
                        assertThat(r.origin().packageId()).isEqualTo(a.packageId());
                        assertThat(r.origin().signerFingerprint()).isEqualTo(packageA.signerFingerprint());
                        assertThat(r.origin().importedBy()).isEqualTo("lead.b");
                        assertThat(r.origin().importedAt()).isEqualTo(importedAtB);
                        assertThat(r.origin().originRecordId()).isEqualTo(packageA.manifest().originRecordId());
                        assertThat(r.seq()).isNull();
                        assertThat(r.recordId()).isEqualTo(record);
                    });
            assertThat(listed).filteredOn(r -> r.imported() && r.origin().signer().equals("Almaty centre"))
                    .hasSize((int) entriesAtB).allSatisfy(r -> {
                        assertThat(r.origin().packageId()).isEqualTo(b.packageId());
                        assertThat(r.origin().signerFingerprint()).isEqualTo(packageB.signerFingerprint());
                        assertThat(r.origin().importedAt()).isEqualTo(importedAtC);
                    }).extracting(AuditRow::action).contains("package.import", "record.recommendation");
            assertThat(listed).hasSize((int) (1 + entriesAtA + entriesAtB));

            List<TimelineEntry> timeline = c.queues().detail(Actors.SYSTEM, record).timeline();
            assertThat(timeline).filteredOn(fromSigner("STS Astana")).hasSize(onTimeline(packageA.auditEntries()))
                    .allSatisfy(t -> assertThat(t.origin()).isEqualTo(new TimelineEntry.Origin(a.packageId(),
                            "STS Astana", a.signerFingerprint(), a.exportedAt(), importedAtB)));
            assertThat(timeline).filteredOn(fromSigner("Almaty centre"))
                    .hasSize(onTimeline(packageB.auditEntries()))
                    .allSatisfy(t -> assertThat(t.origin()).isEqualTo(new TimelineEntry.Origin(b.packageId(),
                            "Almaty centre", b.signerFingerprint(), b.exportedAt(), importedAtC)));
            assertThat(timeline).filteredOn(TimelineEntry::imported)
                    .hasSize(onTimeline(packageA.auditEntries()) + onTimeline(packageB.auditEntries()));

            long importedRows = count(c, "ImportedAuditEntry");
            long chain = count(c, "AuditEntry");
            ImportReceipt again = c.packages().importPackage(LEAD_C, fromB, AT_C);
            assertThat(again.added()).isFalse();
            assertThat(again.relayedAuditEntries()).isZero();
            assertThat(count(c, "ImportedAuditEntry")).isEqualTo(importedRows).isEqualTo(entriesAtA + entriesAtB);
            assertThat(count(c, "AuditEntry")).isEqualTo(chain);
            assertThat(c.auditVerifier().verify(AUDITOR, null).valid()).isTrue();
        }
    }

    private static Predicate<TimelineEntry> fromSigner(String signer) {
        return t -> t.imported() && t.origin().signer().equals(signer);
    }

    /** How many of the entries the timeline shows (it leaves out the detections' own bookkeeping). */
    private static int onTimeline(List<PackagedAuditEntry> entries) {
        return (int) entries.stream().filter(e -> !e.action().startsWith("detection.")).count();
    }

    private static long countEntries(Kuzet k, long recordId) {
        return k.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.recordId = :r",
                Long.class).setParameter("r", recordId).getSingleResult());
    }

    private static long count(Kuzet k, String entity) {
        return k.tx().read(em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }
}
