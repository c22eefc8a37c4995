package kz.kuzet.registry;

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
import java.time.LocalDate;

/** .a: one event log of a monitored object that is passed to the NCCC event management system. */
@Entity
@Table(name = "object_event_log")
public class ObjectEventLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id", nullable = false)
    private MonitoredObject object;

    @Column(name = "log_name", nullable = false, length = 200)
    private String logName;

    @Column(name = "passed_from")
    private LocalDate passedFrom;

    @Version
    private long version;

    protected ObjectEventLog() {
    }

    public ObjectEventLog(MonitoredObject object, String logName, LocalDate passedFrom) {
        this.object = object;
        this.logName = logName;
        this.passedFrom = passedFrom;
    }

    public Long getId() { return id; }
    public MonitoredObject getObject() { return object; }
    public String getLogName() { return logName; }
    public LocalDate getPassedFrom() { return passedFrom; }
}
