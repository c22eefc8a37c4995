package kz.kuzet.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only audit trail; it carries the hash of the entry before it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 60)
    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "before_state", length = 65536)
    private String beforeState;

    @Column(name = "after_state", length = 65536)
    private String afterState;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, String actor, String action, String entity, Long entityId, Long recordId,
            String beforeState, String afterState, String prevHash, String hash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.recordId = recordId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public long getSeq() { return seq; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntity() { return entity; }
    public Long getEntityId() { return entityId; }
    public Long getRecordId() { return recordId; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
