package kz.kuzet.registry.annex;

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
import kz.kuzet.registry.StateBody;

/** One annex a state body gave for a quarter (R-12.c): when it came, from which file, how many rows. */
@Entity
@Table(name = "annex_submission")
public class AnnexSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Column(nullable = false, length = 7)
    private String quarter;

    /** The quarter again as numbers, the shape the quarterly summary's query reads. */
    @Column(name = "quarter_year", nullable = false)
    private int quarterYear;

    @Column(name = "quarter_no", nullable = false)
    private int quarterNo;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "source_name", length = 255)
    private String sourceName;

    @Column(name = "source_sha256", length = 64)
    private String sourceSha256;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Version
    private long version;

    protected AnnexSubmission() {
    }

    public AnnexSubmission(StateBody stateBody, String quarter, Instant receivedAt, String sourceName,
            String sourceSha256, int rowCount, String submittedBy) {
        this.stateBody = stateBody;
        this.quarter = quarter;
        kz.kuzet.registry.Quarter q = kz.kuzet.registry.Quarter.parse(quarter);
        this.quarterYear = q.year();
        this.quarterNo = q.number();
        this.receivedAt = receivedAt;
        this.sourceName = sourceName;
        this.sourceSha256 = sourceSha256;
        this.rowCount = rowCount;
        this.submittedBy = submittedBy;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public String getQuarter() { return quarter; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSourceName() { return sourceName; }
    public String getSourceSha256() { return sourceSha256; }
    public int getRowCount() { return rowCount; }
    public String getSubmittedBy() { return submittedBy; }
}
