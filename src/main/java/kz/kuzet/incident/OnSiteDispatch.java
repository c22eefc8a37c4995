package kz.kuzet.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** .j: the decision to send an STS employee to the object's site. */
@Entity
@Table(name = "onsite_dispatch")
public class OnSiteDispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private IncidentRecord record;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 8)
    private DispatchDecider decidedBy;

    @Column(nullable = false, length = 200)
    private String employee;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(length = 20000)
    private String notes;

    @Version
    private long version;

    protected OnSiteDispatch() {
    }

    public OnSiteDispatch(IncidentRecord record, DispatchDecider decidedBy, String employee, Instant decidedAt,
            String notes) {
        this.record = record;
        this.decidedBy = decidedBy;
        this.employee = employee;
        this.decidedAt = decidedAt;
        this.notes = notes;
    }

    public Long getId() { return id; }
    public IncidentRecord getRecord() { return record; }
    public DispatchDecider getDecidedBy() { return decidedBy; }
    public String getEmployee() { return employee; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getNotes() { return notes; }
}
