package kz.kuzet.packages.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import org.hibernate.annotations.Immutable;

/**
 * An audit entry of the origin database about an imported record, kept exactly as the package carried it, with
 * the origin chain's hashes. Not part of the local hash chain (which records the import itself). An entry the
 * package's signer had itself imported from an earlier package (its {@code audit-imported.json}) keeps that
 * package as its source ({@code source_*}); the others' source is the import ({@code import_id}).
 */
@Entity
@Immutable
@Table(name = "imported_audit_entry")
public class ImportedAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "origin_seq", nullable = false)
    private long originSeq;

    @Column(name = "origin_at", nullable = false)
    private Instant originAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 60)
    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "origin_record_id")
    private Long originRecordId;

    @Column(name = "before_state", length = 65536)
    private String beforeState;

    @Column(name = "after_state", length = 65536)
    private String afterState;

    @Column(name = "origin_prev_hash", nullable = false, length = 64)
    private String originPrevHash;

    @Column(name = "origin_hash", nullable = false, length = 64)
    private String originHash;

    @Column(name = "source_package_id", length = 64)
    private String sourcePackageId;

    @Column(name = "source_record_key", length = 200)
    private String sourceRecordKey;

    @Column(name = "source_signer_name", length = 200)
    private String sourceSignerName;

    @Column(name = "source_signer_fingerprint", length = 100)
    private String sourceSignerFingerprint;

    @Column(name = "source_exported_by", length = 100)
    private String sourceExportedBy;

    @Column(name = "source_exported_at")
    private Instant sourceExportedAt;

    @Column(name = "source_imported_by", length = 100)
    private String sourceImportedBy;

    @Column(name = "source_imported_at")
    private Instant sourceImportedAt;

    protected ImportedAuditEntry() {
    }

    ImportedAuditEntry(long importId, long recordId, PackagedAuditEntry e) {
        this.importId = importId;
        this.recordId = recordId;
        this.originSeq = e.seq();
        this.originAt = e.at();
        this.actor = e.actor();
        this.action = e.action();
        this.entity = e.entity();
        this.entityId = e.entityId();
        this.originRecordId = e.recordId();
        this.beforeState = e.beforeState();
        this.afterState = e.afterState();
        this.originPrevHash = e.prevHash();
        this.originHash = e.hash();
    }

    /** An entry the package's signer had imported from an earlier package, kept with that package as its source. */
    ImportedAuditEntry(long importId, long recordId, PackagedImportedAuditEntry relayed) {
        this(importId, recordId, relayed.entry());
        PackagedImportedAuditEntry.Origin o = relayed.origin();
        this.sourcePackageId = o.packageId();
        this.sourceRecordKey = o.recordKey();
        this.sourceSignerName = o.signer();
        this.sourceSignerFingerprint = o.signerFingerprint();
        this.sourceExportedBy = o.exportedBy();
        this.sourceExportedAt = o.exportedAt();
        this.sourceImportedBy = o.importedBy();
        this.sourceImportedAt = o.importedAt();
    }

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public long getRecordId() { return recordId; }
    public Instant getOriginAt() { return originAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }

    /** Whether the entry came through its import's package from an earlier one (its source is not the import). */
    public boolean relayed() {
        return sourcePackageId != null;
    }

    /** Where the entry really came from: its own source when relayed, else {@code imported}, the import. */
    public PackagedImportedAuditEntry.Origin origin(ImportedPackage imported) {
        if (relayed()) {
            return new PackagedImportedAuditEntry.Origin(sourcePackageId, sourceRecordKey, sourceSignerName,
                    sourceSignerFingerprint, sourceExportedBy, sourceExportedAt, sourceImportedBy, sourceImportedAt);
        }
        return new PackagedImportedAuditEntry.Origin(imported.getPackageId(), imported.getRecordKey(),
                imported.getSignerName(), imported.getSignerFingerprint(), imported.getExportedBy(),
                imported.getExportedAt(), imported.getImportedBy(), imported.getImportedAt());
    }

    /** The entry as the package carried it. */
    public PackagedAuditEntry toPackaged() {
        return new PackagedAuditEntry(originSeq, originAt, actor, action, entity, entityId, originRecordId,
                beforeState, afterState, originPrevHash, originHash);
    }
}
