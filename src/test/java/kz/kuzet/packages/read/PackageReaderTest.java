package kz.kuzet.packages.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.SamplePackage;
import kz.kuzet.packages.SamplePackage.Raw;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening packages: a valid one opens; every kind of damage, tampering and hostile zip is refused with its reason. */
class PackageReaderTest {

    private static final SigningKey STS = SigningKey.generate("STS Astana");
    private static final TrustList TRUST = TrustList.of(new TrustedKey("State Technical Service", STS.publicKey()));

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "p", PackageFormat.EXTENSION);
        Files.write(f, bytes);
        return f;
    }

    private RefusalReason refusal(byte[] zip) throws IOException {
        return refusal(zip, TRUST, PackageLimits.DEFAULT);
    }

    private RefusalReason refusal(byte[] zip, TrustList trust, PackageLimits limits) throws IOException {
        Path f = file(zip);
        try {
            new PackageReader(limits).read(f, trust);
        } catch (PackageRefused e) {
            return e.reason();
        }
        throw new AssertionError("the package was opened");
    }

    private static List<Raw> alter(UnaryOperator<List<Raw>> change) {
        return change.apply(new ArrayList<>(SamplePackage.pieces(STS)));
    }

    @Test
    void aValidPackageOpensWithEverythingInIt() throws Exception {
        OpenedPackage p = PackageReader.open(file(SamplePackage.valid(STS)), TRUST);

        assertThat(p.signerName()).isEqualTo("State Technical Service");
        assertThat(p.manifest().signer().name()).isEqualTo("STS Astana");
        assertThat(p.detail()).isEqualTo(SamplePackage.record().detail());
        assertThat(p.detections()).singleElement().satisfies(d -> assertThat(d.rawText()).isEqualTo("CEF:0|raw"));
        assertThat(p.notices()).singleElement().satisfies(n -> assertThat(n.pdf()).isEqualTo(SamplePackage.PDF));
        assertThat(p.auditEntries()).hasSize(1);
        assertThat(p.importedAuditEntries()).containsExactly(SamplePackage.relayed());
        assertThat(p.timeline()).isEqualTo(p.detail().timeline());
        assertThat(p.entries()).extracting(e -> e.name()).contains(PackageFormat.RECORD, PackageFormat.STIX,
                PackageFormat.noticePdf(5));
        assertThat(p.record().clocks()).isNotEmpty();
    }

    @Test
    void aTamperedEntryIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.replaceAll(r -> r.name().equals(PackageFormat.DETECTIONS) ? new Raw(r.name(),
                    new String(r.bytes(), StandardCharsets.UTF_8).replace("10.0.0.1", "10.0.0.9")
                            .getBytes(StandardCharsets.UTF_8)) : r);
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.TAMPERED_ENTRY);
    }

    @Test
    void aTamperedImportedAuditEntryIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.replaceAll(r -> r.name().equals(PackageFormat.AUDIT_IMPORTED) ? new Raw(r.name(),
                    new String(r.bytes(), StandardCharsets.UTF_8).replace("\"Site A\"", "\"Site X\"")
                            .getBytes(StandardCharsets.UTF_8)) : r);
            return l;
        });
        assertThat(raws).extracting(Raw::name).contains(PackageFormat.AUDIT_IMPORTED);
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.TAMPERED_ENTRY);
    }

    @Test
    void aRemovedImportedAuditEntryIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.removeIf(r -> r.name().equals(PackageFormat.AUDIT_IMPORTED));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.MISSING_ENTRY);
    }

    @Test
    void aPackageWrittenBeforeImportedAuditEntriesExistedOpensWithNone() throws Exception {
        kz.kuzet.packages.PackageWriter w = SamplePackage.olderWriter();
        OpenedPackage p = PackageReader.open(file(w.toZip(SamplePackage.manifest(w, STS), STS)), TRUST);
        assertThat(p.entries()).extracting(e -> e.name()).doesNotContain(PackageFormat.AUDIT_IMPORTED);
        assertThat(p.auditEntries()).hasSize(1);
        assertThat(p.importedAuditEntries()).isEmpty();
    }

    @Test
    void signedImportedAuditEntriesWithoutTheirOriginAreRefusedAsMalformed() throws Exception {
        kz.kuzet.packages.PackageWriter w = SamplePackage.olderWriter().add(PackageFormat.AUDIT_IMPORTED,
                "application/json", ("[{\"entry\":{\"seq\":1,\"at\":\"2026-03-02T08:00:00Z\",\"actor\":\"a\","
                        + "\"action\":\"record.create\",\"prevHash\":\"0\",\"hash\":\"1\"}}]")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(w.toZip(SamplePackage.manifest(w, STS), STS))).isEqualTo(RefusalReason.MALFORMED_CONTENT);
    }

    @Test
    void aTamperedPdfIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.replaceAll(r -> r.name().endsWith(".pdf") ? new Raw(r.name(), "%PDF-1.7 forged!!!!!!".getBytes(
                    StandardCharsets.US_ASCII)) : r);
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.TAMPERED_ENTRY);
    }

    @Test
    void aTamperedManifestIsRefusedByItsSignature() throws Exception {
        List<Raw> raws = alter(l -> {
            Raw m = l.get(0);
            l.set(0, new Raw(m.name(), new String(m.bytes(), StandardCharsets.UTF_8)
                    .replace("\"analyst1\"", "\"someone\"").getBytes(StandardCharsets.UTF_8)));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.BAD_SIGNATURE);
    }

    @Test
    void aManifestReSignedWithAnotherKeyButClaimingTheTrustedOneIsRefused() throws Exception {
        SigningKey forger = SigningKey.generate("STS Astana");
        List<Raw> raws = alter(l -> {
            l.set(1, new Raw(PackageFormat.SIGNATURE, forger.sign(l.get(0).bytes())));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.BAD_SIGNATURE);
    }

    @Test
    void aTruncatedPackageIsRefused() throws Exception {
        byte[] valid = SamplePackage.valid(STS);
        assertThat(refusal(Arrays.copyOf(valid, valid.length / 2))).isEqualTo(RefusalReason.TRUNCATED);
        assertThat(refusal(Arrays.copyOf(valid, valid.length - 10))).isEqualTo(RefusalReason.TRUNCATED);
        assertThat(refusal(new byte[0])).isEqualTo(RefusalReason.TRUNCATED);
    }

    @Test
    void anUnsignedPackageIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.remove(1);
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.UNSIGNED);
    }

    @Test
    void aPackageWithoutManifestIsNotAPackage() throws Exception {
        List<Raw> raws = alter(l -> {
            l.remove(0);
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.NOT_A_PACKAGE);
    }

    @Test
    void anUntrustedSignerIsRefusedWithTheFingerprintToCheck() throws Exception {
        SigningKey stranger = SigningKey.generate("Somebody");
        Path f = file(SamplePackage.valid(stranger));
        assertThatThrownBy(() -> PackageReader.open(f, TRUST))
                .isInstanceOfSatisfying(PackageRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusalReason.UNTRUSTED_SIGNER);
                    assertThat(e.getMessage()).contains("Somebody").contains(
                            kz.kuzet.packages.trust.PublicKeys.fingerprint(stranger.publicKey())).contains("trust add");
                    assertThat(e.message(Locale.forLanguageTag("ru"))).contains("не доверяет");
                    assertThat(e.message(Locale.forLanguageTag("kk"))).contains("сенбейді");
                });
        assertThat(refusal(SamplePackage.valid(STS), TrustList.empty(), PackageLimits.DEFAULT))
                .isEqualTo(RefusalReason.UNTRUSTED_SIGNER);
    }

    @Test
    void anEntryOutsideTheManifestIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.add(new Raw("notices/extra.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.UNLISTED_ENTRY);
    }

    @Test
    void aMissingEntryIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.removeIf(r -> r.name().equals(PackageFormat.DETECTIONS));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.MISSING_ENTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.sh", "notices/../../evil.sh", "/etc/cron.d/evil", "notices\\..\\evil.sh",
            "C:/Windows/evil.dll", "./record.json", "notices//x.pdf"})
    void entryNamesEscapingTheFolderAreRefused(String name) throws Exception {
        List<Raw> raws = alter(l -> {
            l.add(2, new Raw(name, "x".getBytes(StandardCharsets.US_ASCII)));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.UNSAFE_PATH);
    }

    @Test
    void duplicateEntryNamesAreRefused() throws Exception {
        // ZipOutputStream refuses duplicates, so the second copy is written under a same-length name, then renamed
        List<Raw> raws = alter(l -> {
            l.add(new Raw("record.jsoX", "{\"forged\":true}".getBytes(StandardCharsets.UTF_8)));
            return l;
        });
        byte[] zip = rename(SamplePackage.zip(raws), "record.jsoX", "record.json");
        assertThat(refusal(zip)).isEqualTo(RefusalReason.DUPLICATE_ENTRY);
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            for (int i = 0; i < PackageLimits.DEFAULT.maxEntries(); i++) {
                l.add(new Raw("notices/n" + i + ".pdf", new byte[0]));
            }
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.TOO_MANY_ENTRIES);
    }

    @Test
    void aHighlyCompressedEntryIsRefusedAsAZipBomb() throws Exception {
        List<Raw> raws = alter(l -> {
            l.add(new Raw("notices/bomb.pdf", new byte[20 << 20]));
            return l;
        });
        assertThat(refusal(SamplePackage.zip(raws))).isEqualTo(RefusalReason.COMPRESSION_RATIO);
    }

    @Test
    void anEntryLargerThanTheLimitIsRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            l.add(new Raw("notices/big.pdf", random(300_000)));
            return l;
        });
        PackageLimits small = new PackageLimits(2_000, 256_000, 10_000_000, 100, 1L << 20);
        assertThat(refusal(SamplePackage.zip(raws), TRUST, small)).isEqualTo(RefusalReason.ENTRY_TOO_LARGE);
    }

    @Test
    void entriesTogetherLargerThanTheLimitAreRefused() throws Exception {
        List<Raw> raws = alter(l -> {
            for (int i = 0; i < 5; i++) {
                l.add(new Raw("notices/part" + i + ".pdf", random(200_000)));
            }
            return l;
        });
        PackageLimits small = new PackageLimits(2_000, 256_000, 800_000, 100, 1L << 20);
        assertThat(refusal(SamplePackage.zip(raws), TRUST, small)).isEqualTo(RefusalReason.TOO_LARGE);
    }

    @Test
    void signedButMalformedContentIsRefused() throws Exception {
        kz.kuzet.packages.PackageWriter w = new kz.kuzet.packages.PackageWriter();
        for (String name : PackageFormat.REQUIRED) {
            w.add(name, "application/json", "[]".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = w.toZip(SamplePackage.manifest(w, STS), STS);
        assertThat(refusal(zip)).isEqualTo(RefusalReason.MALFORMED_CONTENT);
    }

    @Test
    void signedContentNestedTooDeepIsRefusedAsMalformed() throws Exception {
        kz.kuzet.packages.PackageWriter w = new kz.kuzet.packages.PackageWriter();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String name : PackageFormat.REQUIRED) {
            w.add(name, "application/json", deep.getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = w.toZip(SamplePackage.manifest(w, STS), STS);
        assertThat(refusal(zip)).isEqualTo(RefusalReason.MALFORMED_CONTENT);
    }

    @Test
    void everyRefusalHasAMessageInEachLanguage() {
        for (RefusalReason r : RefusalReason.values()) {
            PackageRefused e = new PackageRefused(r, "x.json", 7);
            for (String lang : List.of("kk", "ru", "en")) {
                String m = e.message(Locale.forLanguageTag(lang));
                assertThat(m).as(r + " " + lang).doesNotStartWith(r.code()).doesNotContain("{0}");
            }
            assertThat(e.message(Locale.forLanguageTag("ru"))).as(r.code()).isNotEqualTo(e.getMessage());
        }
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static byte[] rename(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        byte[] out = zip.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }
}
