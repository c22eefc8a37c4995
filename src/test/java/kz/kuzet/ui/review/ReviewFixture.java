package kz.kuzet.ui.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.PackageWriter;
import kz.kuzet.packages.SamplePackage;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real signed packages on disk for the review tests: one with a real notice PDF, and damaged copies. */
public final class ReviewFixture {

    public static final String SIGNER = "NCCC Astana";
    public final SigningKey key = SigningKey.generate(SIGNER);
    public final TrustList trust = TrustList.of(new TrustedKey(SIGNER, key.publicKey()));
    public final byte[] pdf = pdf("Notice 2026-000001 to the Ministry of Finance");

    /** A valid package written to {@code folder}. */
    public Path valid(Path folder) throws IOException {
        return write(folder.resolve("record-42.kzp"), zip(writer()));
    }

    /** The valid package with one content entry changed after signing. */
    public Path tampered(Path folder) throws IOException {
        PackageWriter w = writer();
        var manifest = SamplePackage.manifest(w, key);
        byte[] signed = w.toZip(manifest, key);
        List<SamplePackage.Raw> raws = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(signed))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(PackageFormat.RECORD)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("Emotet", "Benign")
                            .getBytes(StandardCharsets.UTF_8);
                }
                raws.add(new SamplePackage.Raw(e.getName(), bytes));
            }
        }
        return write(folder.resolve("record-42-tampered.kzp"), SamplePackage.zip(raws));
    }

    private PackageWriter writer() {
        var record = SamplePackage.record();
        var notice = new PackagedNotice(5, "SB", "mf@gov.kz", "kk", "2026-000001", 2026, 1, SamplePackage.AT,
                SamplePackage.AT.plusSeconds(600), null, "EMAIL", "ref",
                kz.kuzet.packages.read.PackageReader.sha256(pdf), PackageFormat.noticePdf(5));
        return new PackageWriter()
                .addJson(PackageFormat.RECORD, record)
                .addJson(PackageFormat.DETECTIONS, List.of())
                .addJson(PackageFormat.TIMELINE, record.detail().timeline())
                .addJson(PackageFormat.NOTICES, List.of(notice))
                .add(PackageFormat.noticePdf(5), "application/pdf", pdf)
                .addJson(PackageFormat.RECOMMENDATIONS, List.of())
                .addJson(PackageFormat.MEASURES, List.of())
                .addJson(PackageFormat.DISPATCHES, List.of())
                .addJson(PackageFormat.REPORTS, List.of())
                .addJson(PackageFormat.ANNEX, List.of())
                .addJson(PackageFormat.AUDIT, List.of(new PackagedAuditEntry(1, SamplePackage.AT, "analyst1",
                        "record.create", "incident_record", 42L, 42L, null, "{\"status\":\"NEW\"}",
                        "0".repeat(64), "a".repeat(64))))
                .add(PackageFormat.STIX, "application/stix+json;version=2.1",
                        "{\"type\":\"bundle\"}".getBytes(StandardCharsets.UTF_8));
    }

    private byte[] zip(PackageWriter w) {
        return w.toZip(SamplePackage.manifest(w, key), key);
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    static byte[] pdf(String line) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
