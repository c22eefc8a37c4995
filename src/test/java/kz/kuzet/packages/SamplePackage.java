package kz.kuzet.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.content.PackagedRecord;
import kz.kuzet.packages.sign.SigningKey;

/** A small, valid package built in memory, and the raw zip pieces hostile variants are made of. */
public final class SamplePackage {

    public static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");
    public static final String KEY = "0123456789abcdef-42";
    public static final byte[] PDF = "%PDF-1.7 notice bytes".getBytes(StandardCharsets.US_ASCII);

    private SamplePackage() {
    }

    public static PackagedRecord record() {
        ClockFacts facts = new ClockFacts(RecordKind.INCIDENT, AT, AT.plusSeconds(600), null, null, null, null, null);
        RecordSummary summary = new RecordSummary(42, RecordKind.INCIDENT, RecordStatus.IN_PROGRESS, Severity.HIGH,
                Category.MALWARE_SPAM, "MF", "Қаржы министрлігі", "Министерство финансов", "Emotet on MF-WS-0001",
                "analyst1", 3, facts);
        TimelineEntry line = new TimelineEntry(AT, "detection", "Kaspersky", "Trojan — 10.0.0.1 → 10.0.0.2");
        RecordDetail detail = new RecordDetail(summary, "first look", AT, null,
                List.of(new RecordDetail.ObjectInfo(7, "MF-WS-0001", "10.20.1.1", "Бухгалтерия", "301",
                        "Әбілқасымов Ерлан", "Windows 10", "INTERNAL")),
                List.of(new RecordDetail.LinkedDetection(9, AT, "Trojan", "Kaspersky", "10.0.0.1", "10.0.0.2",
                        "MF-WS-0001", "CEF:0|raw")),
                List.of(), List.of(line));
        PackagedRecord record = new PackagedRecord(KEY, 42, new PackagedRecord.BodyRef("MF", "Қаржы министрлігі",
                "Министерство финансов", "MINISTRY"), detail, AT, RegulationClocks.evaluate(facts, AT).clocks());
        return record;
    }

    /** A package as this Kuzet writes it: the earlier format, and one entry its exporter had imported itself. */
    public static PackageWriter writer() {
        return olderWriter().addJson(PackageFormat.AUDIT_IMPORTED, List.of(relayed()));
    }

    /** An audit entry of an earlier site (A) that the exporter had imported with the record, with its origin. */
    public static PackagedImportedAuditEntry relayed() {
        return new PackagedImportedAuditEntry(new PackagedAuditEntry(7, AT.minusSeconds(3600), "lead.a",
                "record.create", "incident_record", 17L, 17L, null, "{}", "1".repeat(64), "b".repeat(64)),
                new PackagedImportedAuditEntry.Origin("pkg-a", "fedcba9876543210-17", "Site A",
                        "ab12:" + "0000:".repeat(14) + "ffff", "lead.a", AT.minusSeconds(1800), "lead.b",
                        AT.minusSeconds(900)));
    }

    /** A package as written before {@code audit-imported.json} existed. */
    public static PackageWriter olderWriter() {
        PackagedRecord record = record();
        TimelineEntry line = record.detail().timeline().get(0);
        PackagedDetection detection = new PackagedDetection(9, "k9", "cef", "Kaspersky", "sig", "Trojan", "HIGH",
                "8", "malware", "10.0.0.1", 1234, "10.0.0.2", 445, "MF-WS-0001", "user", "T1059", AT, AT, AT, 1, AT,
                "MF-WS-0001", "10.20.1.1", "CEF:0|raw");
        PackagedNotice notice = new PackagedNotice(5, "SB", "mf@gov.kz", "kk", "2026-000001", 2026, 1, AT,
                AT.plusSeconds(600), null, "EMAIL", "ref", PackageReader_sha(PDF), PackageFormat.noticePdf(5));
        return new PackageWriter()
                .addJson(PackageFormat.RECORD, record)
                .addJson(PackageFormat.DETECTIONS, List.of(detection))
                .addJson(PackageFormat.TIMELINE, List.of(line))
                .addJson(PackageFormat.NOTICES, List.of(notice))
                .add(PackageFormat.noticePdf(5), "application/pdf", PDF)
                .addJson(PackageFormat.RECOMMENDATIONS, List.of())
                .addJson(PackageFormat.MEASURES, List.of())
                .addJson(PackageFormat.DISPATCHES, List.of())
                .addJson(PackageFormat.REPORTS, List.of())
                .addJson(PackageFormat.ANNEX, List.of())
                .addJson(PackageFormat.AUDIT, List.of(new PackagedAuditEntry(1, AT, "analyst1", "record.create",
                        "incident_record", 42L, 42L, null, "{}", "0".repeat(64), "a".repeat(64))))
                .add(PackageFormat.STIX, "application/stix+json;version=2.1",
                        "{\"type\":\"bundle\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static String PackageReader_sha(byte[] b) {
        return kz.kuzet.packages.read.PackageReader.sha256(b);
    }

    public static Manifest manifest(PackageWriter writer, SigningKey key) {
        return writer.manifest(key, "pkg-1", KEY, 42, AT, "analyst1");
    }

    /** A valid package's zip bytes. */
    public static byte[] valid(SigningKey key) {
        PackageWriter w = writer();
        return w.toZip(manifest(w, key), key);
    }

    public static byte[] manifestBytes(Manifest m) {
        try {
            return PackageJson.MAPPER.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One raw zip entry: any name (also hostile ones), stored or deflated. */
    public record Raw(String name, byte[] bytes) {
    }

    /** A zip of exactly these entries, in order, with no checks on the names. */
    public static byte[] zip(List<Raw> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Raw r : entries) {
                    zip.putNextEntry(new ZipEntry(r.name()));
                    zip.write(r.bytes());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a valid package as raw pieces: manifest, signature, then the content, to be altered. */
    public static List<Raw> pieces(SigningKey key) {
        PackageWriter w = writer();
        Manifest m = manifest(w, key);
        byte[] manifestBytes = manifestBytes(m);
        List<Raw> raws = new ArrayList<>();
        raws.add(new Raw(PackageFormat.MANIFEST, manifestBytes));
        raws.add(new Raw(PackageFormat.SIGNATURE, key.sign(manifestBytes)));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(w.toZip(m, key)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().equals(PackageFormat.MANIFEST) && !e.getName().equals(PackageFormat.SIGNATURE)) {
                    raws.add(new Raw(e.getName(), zip.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return raws;
    }
}
