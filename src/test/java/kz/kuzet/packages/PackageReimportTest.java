package kz.kuzet.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kz.kuzet.app.Kuzet;
import kz.kuzet.packages.importing.EarlierImport;
import kz.kuzet.packages.importing.ImportReceipt;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record imported before: the same package, a newer export and an older one each say so, and change nothing. */
class PackageReimportTest {

    private static final SigningKey STS = SigningKey.generate("STS NCCC");
    private static final TrustList TRUST = TrustList.of(new TrustedKey("STS", STS.publicKey()));

    @TempDir
    Path dir;

    @Test
    void anotherExportOfAnImportedRecordSaysWhichPackageCameFirstAndChangesNothing() throws Exception {
        MutableClock clock = new MutableClock(RecordWorld.START);
        Path earlier = dir.resolve("earlier.kzp");
        Path newer = dir.resolve("newer.kzp");
        Instant earlierExport;
        try (Kuzet origin = TestEngine.H2.open(clock)) {
            long id = RecordWorld.fullRecord(origin, new IncidentFixture(origin), clock);
            earlierExport = clock.instant();
            origin.packages().export(RecordWorld.LEAD, id, earlier, STS);
            clock.advance(Duration.ofHours(5));
            origin.packages().export(RecordWorld.LEAD, id, newer, STS);
        }
        clock.advance(Duration.ofHours(1));

        try (Kuzet target = TestEngine.H2.open(clock)) {
            new IncidentFixture(target);
            ImportReceipt first = target.packages().importPackage(RecordWorld.LEAD, earlier, TRUST);
            assertThat(first.added()).isTrue();
            assertThat(first.earlier()).isNull();
            long audit = count(target, "AuditEntry");

            ImportReceipt again = target.packages().importPackage(RecordWorld.LEAD, newer, TRUST);
            assertThat(again.added()).isFalse();
            assertThat(again.recordId()).isEqualTo(first.recordId());
            EarlierImport e = again.earlier();
            assertThat(e.repeat()).isEqualTo(EarlierImport.Repeat.NEWER_PACKAGE);
            assertThat(e.exportedAt()).isEqualTo(earlierExport);
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("Record " + first.recordKey() + " was imported before,"
                    + " as record " + first.recordId() + ", from an earlier package (exported 2026-03-02 15:10:00"
                    + " +05:00). This package is newer (exported 2026-03-02 20:10:00 +05:00), but updates are not"
                    + " merged: nothing was changed.");
            assertThat(e.message(Locale.forLanguageTag("ru"))).contains("из более раннего пакета",
                    "2026-03-02 15:10:00 +05:00", "Этот пакет новее", "ничего не изменено");
            assertThat(e.message(Locale.forLanguageTag("kk"))).contains("ертерек пакеттен",
                    "2026-03-02 15:10:00 +05:00", "Бұл пакет жаңарақ", "ештеңе өзгертілмеді");

            assertThat(target.packages().importPackage(RecordWorld.LEAD, earlier, TRUST).earlier().repeat())
                    .isEqualTo(EarlierImport.Repeat.SAME_PACKAGE);
            assertThat(count(target, "IncidentRecord")).isEqualTo(1);
            assertThat(count(target, "ImportedPackage")).isEqualTo(1);
            assertThat(count(target, "AuditEntry")).isEqualTo(audit);
        }

        try (Kuzet other = TestEngine.H2.open(clock)) {
            new IncidentFixture(other);
            other.packages().importPackage(RecordWorld.LEAD, newer, TRUST);
            EarlierImport e = other.packages().importPackage(RecordWorld.LEAD, earlier, TRUST).earlier();
            assertThat(e.repeat()).isEqualTo(EarlierImport.Repeat.OTHER_PACKAGE);
            assertThat(e.message(Locale.ENGLISH)).contains("from another package (exported 2026-03-02 20:10:00",
                    "a different export (exported 2026-03-02 15:10:00", "not a newer one", "nothing was changed");
        }
    }

    private static long count(Kuzet k, String entity) {
        return k.tx().read(em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }
}
