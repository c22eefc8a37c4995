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

/** one piece of the coordinator's work at a state body. */
@Entity
@Table(name = "coordinator_activity")
public class CoordinatorActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CoordinatorActivityKind kind;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 4000)
    private String description;

    @Version
    private long version;

    protected CoordinatorActivity() {
    }

    public CoordinatorActivity(StateBody stateBody, CoordinatorActivityKind kind, LocalDate doneOn, String author,
            String description) {
        this.stateBody = stateBody;
        this.kind = kind;
        this.doneOn = doneOn;
        this.author = author;
        this.description = description;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public CoordinatorActivityKind getKind() { return kind; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getAuthor() { return author; }
    public String getDescription() { return description; }
}
