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
import kz.kuzet.registry.Sensor;

/** .i: a measure taken through a sensor to stop the spread. */
@Entity
@Table(name = "containment_measure")
public class ContainmentMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private IncidentRecord record;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sensor_id")
    private Sensor sensor;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 20000)
    private String description;

    @Version
    private long version;

    protected ContainmentMeasure() {
    }

    public ContainmentMeasure(IncidentRecord record, Sensor sensor, Instant takenAt, String author,
            String description) {
        this.record = record;
        this.sensor = sensor;
        this.takenAt = takenAt;
        this.author = author;
        this.description = description;
    }

    public Long getId() { return id; }
    public IncidentRecord getRecord() { return record; }
    public Sensor getSensor() { return sensor; }
    public Instant getTakenAt() { return takenAt; }
    public String getAuthor() { return author; }
    public String getDescription() { return description; }
}
