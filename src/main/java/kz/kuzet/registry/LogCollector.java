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

/** .c: the NCCC log-collection system organised inside one contour of a state body's network. */
@Entity
@Table(name = "log_collector")
public class LogCollector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Contour contour;

    @Column(name = "host_name", length = 255)
    private String hostName;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(length = 120)
    private String product;

    @Column(length = 2000)
    private String notes;

    @Version
    private long version;

    protected LogCollector() {
    }

    public LogCollector(StateBody stateBody, Contour contour, String hostName, String ipAddress, String product,
            String notes) {
        this.stateBody = stateBody;
        this.contour = contour;
        this.hostName = hostName;
        this.ipAddress = ipAddress;
        this.product = product;
        this.notes = notes;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public Contour getContour() { return contour; }
    public String getHostName() { return hostName; }
    public String getIpAddress() { return ipAddress; }
    public String getProduct() { return product; }
    public String getNotes() { return notes; }
}
