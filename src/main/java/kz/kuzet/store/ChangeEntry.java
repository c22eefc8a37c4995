package kz.kuzet.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the change feed: which entity changed, and when. */
@Entity
@Table(name = "change_log")
public class ChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String entity;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    protected ChangeEntry() {
    }

    public ChangeEntry(Instant at, String entity, long entityId) {
        this.at = at;
        this.entity = entity;
        this.entityId = entityId;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getEntity() { return entity; }
    public long getEntityId() { return entityId; }
}
