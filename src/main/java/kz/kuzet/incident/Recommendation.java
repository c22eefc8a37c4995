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

/** .h: a recommendation to the state body to stop the incident spreading. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private IncidentRecord record;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 20000)
    private String text;

    @Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(IncidentRecord record, Instant givenAt, String author, String text) {
        this.record = record;
        this.givenAt = givenAt;
        this.author = author;
        this.text = text;
    }

    public Long getId() { return id; }
    public IncidentRecord getRecord() { return record; }
    public Instant getGivenAt() { return givenAt; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
}
