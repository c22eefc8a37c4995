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

/** An address range (CIDR) of a state body's contour, used to attribute detections with no exact IP match. */
@Entity
@Table(name = "contour_range")
public class ContourRange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Contour contour;

    @Column(nullable = false, length = 50)
    private String cidr;

    @Version
    private long version;

    protected ContourRange() {
    }

    public ContourRange(StateBody stateBody, Contour contour, String cidr) {
        this.stateBody = stateBody;
        this.contour = contour;
        this.cidr = cidr;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public Contour getContour() { return contour; }
    public String getCidr() { return cidr; }
}
