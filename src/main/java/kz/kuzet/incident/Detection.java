package kz.kuzet.incident;

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
import java.time.Instant;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.StateBody;

/** One normalised detection from a sensor or the SIEM, with its raw text kept. */
@Entity
@Table(name = "detection")
public class Detection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, length = 64)
    private String dedupKey;

    @Column(name = "source_format", nullable = false, length = 24)
    private String sourceFormat;

    @Column(name = "source_product", length = 200)
    private String sourceProduct;

    @Column(name = "signature_id", length = 200)
    private String signatureId;

    @Column(name = "signature_name", length = 1000)
    private String signatureName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(name = "original_severity", length = 64)
    private String originalSeverity;

    @Column(length = 200)
    private String category;

    @Column(name = "src_ip", length = 45)
    private String srcIp;

    @Column(name = "src_port")
    private Integer srcPort;

    @Column(name = "dst_ip", length = 45)
    private String dstIp;

    @Column(name = "dst_port")
    private Integer dstPort;

    @Column(name = "host_name", length = 255)
    private String hostName;

    @Column(name = "user_name", length = 255)
    private String userName;

    @Column(name = "mitre_techniques", length = 500)
    private String mitreTechniques;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "occurrence_count", nullable = false)
    private int occurrenceCount = 1;

    @Column(name = "raw_text", nullable = false, length = 65536)
    private String rawText;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TriageState triage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_body_id")
    private StateBody stateBody;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private MonitoredObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sensor_id")
    private Sensor sensor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "record_id")
    private IncidentRecord record;

    @Version
    private long version;

    protected Detection() {
    }

    public Detection(String dedupKey, String sourceFormat, Instant detectedAt, Severity severity, String rawText,
            Instant ingestedAt) {
        this.dedupKey = dedupKey;
        this.sourceFormat = sourceFormat;
        this.detectedAt = detectedAt;
        this.firstSeen = detectedAt;
        this.lastSeen = detectedAt;
        this.severity = severity;
        this.rawText = rawText;
        this.ingestedAt = ingestedAt;
        this.triage = TriageState.UNATTRIBUTED;
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public String getSourceFormat() { return sourceFormat; }
    public String getSourceProduct() { return sourceProduct; }
    public String getSignatureId() { return signatureId; }
    public String getSignatureName() { return signatureName; }
    public Severity getSeverity() { return severity; }
    public String getOriginalSeverity() { return originalSeverity; }
    public String getCategory() { return category; }
    public String getSrcIp() { return srcIp; }
    public Integer getSrcPort() { return srcPort; }
    public String getDstIp() { return dstIp; }
    public Integer getDstPort() { return dstPort; }
    public String getHostName() { return hostName; }
    public String getUserName() { return userName; }
    public String getMitreTechniques() { return mitreTechniques; }
    public Instant getDetectedAt() { return detectedAt; }
    public Instant getFirstSeen() { return firstSeen; }
    public Instant getLastSeen() { return lastSeen; }
    public int getOccurrenceCount() { return occurrenceCount; }
    public String getRawText() { return rawText; }
    public Instant getIngestedAt() { return ingestedAt; }
    public TriageState getTriage() { return triage; }
    public StateBody getStateBody() { return stateBody; }
    public MonitoredObject getObject() { return object; }
    public Sensor getSensor() { return sensor; }
    public IncidentRecord getRecord() { return record; }
    public long getVersion() { return version; }

    public void describe(String sourceProduct, String signatureId, String signatureName, String originalSeverity,
            String category) {
        this.sourceProduct = sourceProduct;
        this.signatureId = signatureId;
        this.signatureName = signatureName;
        this.originalSeverity = originalSeverity;
        this.category = category;
    }

    public void setNetwork(String srcIp, Integer srcPort, String dstIp, Integer dstPort) {
        this.srcIp = srcIp;
        this.srcPort = srcPort;
        this.dstIp = dstIp;
        this.dstPort = dstPort;
    }

    public void setActor(String hostName, String userName, String mitreTechniques) {
        this.hostName = hostName;
        this.userName = userName;
        this.mitreTechniques = mitreTechniques;
    }

    public void setSensor(Sensor sensor) {
        this.sensor = sensor;
    }

    /** Attributes the detection to a state body (and object when known); it then waits for triage. */
    public void attribute(StateBody body, MonitoredObject object) {
        this.stateBody = body;
        this.object = object;
        if (triage == TriageState.UNATTRIBUTED) {
            this.triage = TriageState.NEW;
        }
    }

    /** Folds a repeat of the same signature on the same object into this detection. */
    public void fold(Instant seenAt, int count) {
        if (seenAt.isBefore(firstSeen)) {
            firstSeen = seenAt;
        }
        if (seenAt.isAfter(lastSeen)) {
            lastSeen = seenAt;
        }
        occurrenceCount += count;
    }

    public void linkTo(IncidentRecord record) {
        this.record = record;
        this.triage = TriageState.TRIAGED;
    }
}
