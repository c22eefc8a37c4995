package kz.kuzet.packages.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.kuzet.packages.content.PackagedAuditEntry;
import org.hibernate.annotations.Immutable;

/**
 * An audit entry of the origin database about an imported record, kept exactly as the package carried it, with
 * the origin chain's hashes. Not part of the local hash chain (which records the import itself).
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

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public long getRecordId() { return recordId; }
    public Instant getOriginAt() { return originAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }

    /** The entry as the package carried it. */
    public PackagedAuditEntry toPackaged() {
        return new PackagedAuditEntry(originSeq, originAt, actor, action, entity, entityId, originRecordId,
                beforeState, afterState, originPrevHash, originHash);
    }
}
