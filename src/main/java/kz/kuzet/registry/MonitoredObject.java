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

/** A digital object of a state body: one row of the annex (R-12.c), in one of the two contours. */
@Entity
@Table(name = "monitored_object")
public class MonitoredObject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Contour contour;

    @Column(length = 300)
    private String department;

    @Column(length = 200)
    private String location;

    @Column(name = "responsible_person", length = 200)
    private String responsiblePerson;

    @Column(name = "host_name", length = 255)
    private String hostName;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "operating_system", length = 120)
    private String operatingSystem;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_exclusion", length = 40)
    private ScopeExclusion scopeExclusion;

    @Column(name = "scope_reason", length = 500)
    private String scopeReason;

    /** False once the object left the state body's annex; kept for the records that name it. */
    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "removed_quarter", length = 7)
    private String removedQuarter;

    @Version
    private long version;

    protected MonitoredObject() {
    }

    public MonitoredObject(StateBody stateBody, Contour contour, String department, String location,
            String responsiblePerson, String hostName, String ipAddress, String operatingSystem) {
        this.stateBody = stateBody;
        this.contour = contour;
        this.department = department;
        this.location = location;
        this.responsiblePerson = responsiblePerson;
        this.hostName = hostName;
        this.ipAddress = ipAddress;
        this.operatingSystem = operatingSystem;
    }

    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public Contour getContour() { return contour; }
    public String getDepartment() { return department; }
    public String getLocation() { return location; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getHostName() { return hostName; }
    public String getIpAddress() { return ipAddress; }
    public String getOperatingSystem() { return operatingSystem; }
    public ScopeExclusion getScopeExclusion() { return scopeExclusion; }
    public void setScopeExclusion(ScopeExclusion scopeExclusion) { this.scopeExclusion = scopeExclusion; }
    public boolean isInScope() { return scopeExclusion == null; }
    public String getScopeReason() { return scopeReason; }
    public boolean isActive() { return active; }
    public String getRemovedQuarter() { return removedQuarter; }

    /** marks the object as never to be monitored, with the reason given (e.g. the letter that says so). */
    public void exclude(ScopeExclusion exclusion, String reason) {
        this.scopeExclusion = exclusion;
        this.scopeReason = reason;
    }

    /** The annex's columns 3..8 and the section, as the latest annex gives them. */
    public void update(Contour contour, String department, String location, String responsiblePerson,
            String hostName, String ipAddress, String operatingSystem) {
        this.contour = contour;
        this.department = department;
        this.location = location;
        this.responsiblePerson = responsiblePerson;
        this.hostName = hostName;
        this.ipAddress = ipAddress;
        this.operatingSystem = operatingSystem;
    }

    /** The object is no longer in the state body's annex as of the quarter given. */
    public void retire(String quarter) {
        this.active = false;
        this.removedQuarter = quarter;
    }
    public long getVersion() { return version; }
}
