package kz.kuzet.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** R-12.e: the state body's report of analysis results and measures taken. */
@Entity
@Table(name = "state_body_report")
public class StateBodyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private IncidentRecord record;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 20000)
    private String analysis;

    @Column(length = 20000)
    private String measures;

    @Column(name = "causes_eliminated", nullable = false)
    private boolean causesEliminated;

    @Version
    private long version;

    protected StateBodyReport() {
    }

    public StateBodyReport(IncidentRecord record, Instant receivedAt, String analysis, String measures,
            boolean causesEliminated) {
        this.record = record;
        this.receivedAt = receivedAt;
        this.analysis = analysis;
        this.measures = measures;
        this.causesEliminated = causesEliminated;
    }

    public Long getId() { return id; }
    public IncidentRecord getRecord() { return record; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getAnalysis() { return analysis; }
    public String getMeasures() { return measures; }
    public boolean isCausesEliminated() { return causesEliminated; }
}
