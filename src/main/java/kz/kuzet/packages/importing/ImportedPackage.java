package kz.kuzet.packages.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A record imported from a package: where it came from, who signed it, and which local record it became. */
@Entity
@Immutable
@Table(name = "imported_package")
public class ImportedPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_key", nullable = false, length = 200)
    private String recordKey;

    @Column(name = "package_id", nullable = false, length = 64)
    private String packageId;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "origin_record_id", nullable = false)
    private long originRecordId;

    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signer_fingerprint", nullable = false, length = 100)
    private String signerFingerprint;

    @Column(name = "manifest_sha256", nullable = false, length = 64)
    private String manifestSha256;

    @Column(name = "exported_by", length = 100)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedPackage() {
    }

    ImportedPackage(String recordKey, String packageId, long recordId, long originRecordId, String signerName,
            String signerFingerprint, String manifestSha256, String exportedBy, Instant exportedAt,
            String importedBy, Instant importedAt) {
        this.recordKey = recordKey;
        this.packageId = packageId;
        this.recordId = recordId;
        this.originRecordId = originRecordId;
        this.signerName = signerName;
        this.signerFingerprint = signerFingerprint;
        this.manifestSha256 = manifestSha256;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() { return id; }
    public String getRecordKey() { return recordKey; }
    public String getPackageId() { return packageId; }
    public long getRecordId() { return recordId; }
    public long getOriginRecordId() { return originRecordId; }
    public String getSignerName() { return signerName; }
    public String getSignerFingerprint() { return signerFingerprint; }
    public String getManifestSha256() { return manifestSha256; }
    public String getExportedBy() { return exportedBy; }
    public Instant getExportedAt() { return exportedAt; }
    public String getImportedBy() { return importedBy; }
    public Instant getImportedAt() { return importedAt; }
}
