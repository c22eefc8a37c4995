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
import java.time.Duration;
import java.time.Instant;

/** An event source: a security sensor in a state body's contour. */
@Entity
@Table(name = "sensor")
public class Sensor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Contour contour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SensorKind kind;

    @Column(length = 120)
    private String vendor;

    @Column(length = 120)
    private String product;

    @Column(name = "product_version", length = 60)
    private String productVersion;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "installed_by_sts", nullable = false)
    private boolean installedBySts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SensorState state;

    @Column(name = "protection_mode", length = 60)
    private String protectionMode;

    @Column(name = "expected_interval_min", nullable = false)
    private int expectedIntervalMinutes = 60;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    /** When the sensor last entered service: a sensor that never reported is silent since then. */
    @Column(name = "in_service_since")
    private Instant inServiceSince;

    @Version
    private long version;

    protected Sensor() {
    }

    public Sensor(StateBody stateBody, Contour contour, SensorKind kind, String vendor, String product,
            String productVersion, String ipAddress, boolean installedBySts, SensorState state) {
        this.stateBody = stateBody;
        this.contour = contour;
        this.kind = kind;
        this.vendor = vendor;
        this.product = product;
        this.productVersion = productVersion;
        this.ipAddress = ipAddress;
        this.installedBySts = installedBySts;
        this.state = state;
    }

    /** The sensor's description as edited in the registry; its state changes through transitions only. */
    public void edit(Contour contour, SensorKind kind, String vendor, String product, String productVersion,
            String ipAddress, boolean installedBySts, String protectionMode, int expectedIntervalMinutes) {
        this.contour = contour;
        this.kind = kind;
        this.vendor = vendor;
        this.product = product;
        this.productVersion = productVersion;
        this.ipAddress = ipAddress;
        this.installedBySts = installedBySts;
        this.protectionMode = protectionMode;
        this.expectedIntervalMinutes = expectedIntervalMinutes;
    }

    public long getVersion() { return version; }
    public Long getId() { return id; }
    public StateBody getStateBody() { return stateBody; }
    public Contour getContour() { return contour; }
    public SensorKind getKind() { return kind; }
    public String getVendor() { return vendor; }
    public String getProduct() { return product; }
    public String getProductVersion() { return productVersion; }
    public String getIpAddress() { return ipAddress; }
    public boolean isInstalledBySts() { return installedBySts; }
    public SensorState getState() { return state; }
    public void setState(SensorState state) { this.state = state; }

    /** Moves the sensor to {@code target} at {@code at}, remembering when it (last) entered service. */
    public void moveTo(SensorState target, Instant at) {
        if (target == SensorState.IN_SERVICE && state != SensorState.IN_SERVICE) {
            inServiceSince = at;
        }
        this.state = target;
    }

    public Instant getInServiceSince() { return inServiceSince; }
    public String getProtectionMode() { return protectionMode; }
    public void setProtectionMode(String protectionMode) { this.protectionMode = protectionMode; }
    public int getExpectedIntervalMinutes() { return expectedIntervalMinutes; }
    public void setExpectedIntervalMinutes(int minutes) { this.expectedIntervalMinutes = minutes; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public void setLastSeenAt(Instant lastSeenAt) { this.lastSeenAt = lastSeenAt; }

    /**
     * A sensor in service that has been silent for longer than its expected interval shows as degraded: silent
     * since its last detection, or, if it never reported one, since it entered service.
     */
    public SensorState effectiveState(Instant now) {
        Instant since = lastSeenAt != null ? lastSeenAt : inServiceSince;
        if (state == SensorState.IN_SERVICE && since != null
                && Duration.between(since, now).compareTo(Duration.ofMinutes(expectedIntervalMinutes)) > 0) {
            return SensorState.DEGRADED;
        }
        return state;
    }
}
