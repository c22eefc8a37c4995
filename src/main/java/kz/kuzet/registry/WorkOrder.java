package kz.kuzet.registry;

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
import java.time.LocalDate;

/** A piece of installation or support work at a state body, on a sensor or on the whole site. */
@Entity
@Table(name = "work_order")
public class WorkOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sensor_id")
    private Sensor sensor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private WorkTask task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 200)
    private String engineer;

    @Column(length = 4000)
    private String notes;

    @Version
    private long version;

    protected WorkOrder() {
    }

    public WorkOrder(StateBody stateBody, Sensor sensor, WorkTask task, LocalDate openedOn, LocalDate dueOn,
            String engineer, String notes) {
        this.stateBody = stateBody;
        this.sensor = sensor;
        this.task = task;
        this.status = WorkStatus.PLANNED;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.engineer = engineer;
        this.notes = notes;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public Sensor getSensor() { return sensor; }
    public WorkTask getTask() { return task; }
    public WorkStatus getStatus() { return status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getEngineer() { return engineer; }
    public String getNotes() { return notes; }
    public long getVersion() { return version; }

    public void progress(WorkStatus status, LocalDate doneOn, String engineer, String notes) {
        this.status = status;
        this.doneOn = doneOn;
        this.engineer = engineer;
        this.notes = notes;
    }
}
