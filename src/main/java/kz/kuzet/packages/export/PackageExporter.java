package kz.kuzet.packages.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.QueueQueries;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.packages.Manifest;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.PackageJson;
import kz.kuzet.packages.PackageWriter;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.stix.StixBundleBuilder;
import kz.kuzet.packages.trust.PublicKeys;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * Exports one record as a signed package. Who may: anyone with {@link Permission#DATA_EXPORT} who may read the
 * record (a coordinator only their state body's records). The export is audited ({@code package.export}) once
 * the file is complete; a failed export leaves no file.
 */
public final class PackageExporter {

    private static final int ATTEMPTS = 3;

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final QueueQueries queues;
    private final Clock clock;

    public PackageExporter(Transactions tx, AuditTrail audit, AccessGuard guard, QueueQueries queues, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.queues = queues;
        this.clock = clock;
    }

    /** The record's stable key across databases: the origin's key fingerprint and the record's id there. */
    public static String recordKey(SigningKey key, long recordId) {
        return PublicKeys.shortFingerprint(key.publicKey()) + "-" + recordId;
    }

    public ExportReceipt export(Actor actor, long recordId, Path out, SigningKey key) {
        guard.require(actor, Permission.DATA_EXPORT);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String recordKey = recordKey(key, recordId);
        RecordContent content = read(actor, recordId, recordKey, at);

        PackageWriter writer = new PackageWriter()
                .addJson(PackageFormat.RECORD, content.record())
                .addJson(PackageFormat.DETECTIONS, content.detections())
                .addJson(PackageFormat.TIMELINE, content.record().detail().timeline())
                .addJson(PackageFormat.NOTICES, content.notices());
        for (int i = 0; i < content.notices().size(); i++) {
            if (content.notices().get(i).pdfEntry() != null) {
                writer.add(content.notices().get(i).pdfEntry(), "application/pdf", content.noticePdfs().get(i));
            }
        }
        writer.addJson(PackageFormat.RECOMMENDATIONS, content.recommendations())
                .addJson(PackageFormat.MEASURES, content.measures())
                .addJson(PackageFormat.DISPATCHES, content.dispatches())
                .addJson(PackageFormat.REPORTS, content.reports())
                .addJson(PackageFormat.ANNEX, content.annexRows())
                .addJson(PackageFormat.AUDIT, content.audit())
                .addJson(PackageFormat.AUDIT_IMPORTED, content.importedAudit());
        try {
            writer.add(PackageFormat.STIX, "application/stix+json;version=2.1", PackageJson.MAPPER.writeValueAsBytes(
                    StixBundleBuilder.build(key.organisation(), PublicKeys.shortFingerprint(key.publicKey()),
                            content.record(), content.detections(), content.recommendations())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String packageId = java.util.UUID.randomUUID().toString();
        Manifest manifest = writer.manifest(key, packageId, recordKey, recordId, at, actor.name());
        byte[] zip = writer.toZip(manifest, key);
        String manifestSha256;
        try {
            manifestSha256 = PackageReader.sha256(PackageJson.MAPPER.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExportReceipt receipt = new ExportReceipt(out, recordId, recordKey, packageId, manifest.entries().size() + 2,
                zip.length, manifestSha256, key.organisation(), PublicKeys.fingerprint(key.publicKey()));
        writeAudited(actor, out, zip, receipt);
        return receipt;
    }

    /** The record's content, checked for access; re-read if the record changed between the two reads. */
    private RecordContent read(Actor actor, long recordId, String recordKey, Instant at) {
        for (int attempt = 1; ; attempt++) {
            RecordDetail detail = queues.detail(actor, recordId);
            RecordContent content = tx.read(em -> {
                IncidentRecord r = em.find(IncidentRecord.class, recordId);
                guard.requireForBody(actor, Permission.DATA_EXPORT, r.getStateBody().getId(),
                        r.getStateBody().getCode(), "record " + recordId);
                return r.getVersion() == detail.summary().version()
                        ? RecordContentLoader.load(em, detail, recordKey, at) : null;
            });
            if (content != null) {
                return content;
            }
            if (attempt == ATTEMPTS) {
                throw new kz.kuzet.store.ConcurrentChangeException("Record " + recordId + " kept changing while it "
                        + "was being exported. Try the export again in a moment.", null);
            }
        }
    }

    private void writeAudited(Actor actor, Path out, byte[] zip, ExportReceipt receipt) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".kuzet-export", ".tmp");
            Files.write(temp, zip);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("file", target.getFileName().toString());
            details.put("record_key", receipt.recordKey());
            details.put("package_id", receipt.packageId());
            details.put("manifest_sha256", receipt.manifestSha256());
            details.put("entries", receipt.entries());
            details.put("bytes", receipt.bytes());
            details.put("signer", receipt.signer());
            details.put("signer_fingerprint", receipt.signerFingerprint());
            tx.run(em -> audit.recordEvent(em, actor, "package.export", receipt.recordId(), details));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the package to " + target + ": " + e.getMessage()
                    + ". Choose a folder you may write to, with free space.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is hidden and harmless; the export's outcome is already decided
                }
            }
        }
    }
}
