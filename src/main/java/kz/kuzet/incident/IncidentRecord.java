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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.StateBody;

/**
 * A triaged record: a false positive, a CS event or a CS incident, with the facts its clocks run on.
 * The detection instant is the earliest linked detection's and never moves later: the clocks never restart.
 */
@Entity
@Table(name = "incident_record")
public class IncidentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RecordStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_body_id", nullable = false)
    private StateBody stateBody;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "initial_analysis", length = 20000)
    private String initialAnalysis;

    @Column(length = 100)
    private String assignee;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "sb_notice_sent_at")
    private Instant sbNoticeSentAt;

    @Column(name = "sb_notice_received_at")
    private Instant sbNoticeReceivedAt;

    @Column(name = "knb_notice_sent_at")
    private Instant knbNoticeSentAt;

    @Column(name = "sb_report_at")
    private Instant sbReportAt;

    @Column(name = "eliminated_at")
    private Instant eliminatedAt;

    @Column(name = "escalation_notice_at")
    private Instant escalationNoticeAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "record_object",
            joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "object_id"))
    private Set<MonitoredObject> objects = new LinkedHashSet<>();

    @Version
    private long version;

    protected IncidentRecord() {
    }

    public IncidentRecord(RecordKind kind, StateBody stateBody, String title, Severity severity, Category category,
            Instant detectedAt, Instant createdAt) {
        this.kind = kind;
        this.stateBody = stateBody;
        this.title = title;
        this.severity = severity;
        this.category = category;
        this.detectedAt = detectedAt;
        this.createdAt = createdAt;
        this.status = kind == RecordKind.FALSE_POSITIVE ? RecordStatus.CLOSED : RecordStatus.OPEN;
        if (status == RecordStatus.CLOSED) {
            this.closedAt = createdAt;
        }
    }

    public ClockFacts clockFacts() {
        return new ClockFacts(kind, detectedAt, sbNoticeSentAt, sbNoticeReceivedAt, knbNoticeSentAt, sbReportAt,
                eliminatedAt, escalationNoticeAt);
    }

    /** Takes in a detection (merge): the record's detection instant becomes the earliest of the two. */
    public void includeDetectedAt(Instant detected) {
        if (detected.isBefore(detectedAt)) {
            detectedAt = detected;
        }
    }

    public Long getId() { return id; }
    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind kind) { this.kind = kind; }
    public RecordStatus getStatus() { return status; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public StateBody getStateBody() { return stateBody; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getInitialAnalysis() { return initialAnalysis; }
    public void setInitialAnalysis(String initialAnalysis) { this.initialAnalysis = initialAnalysis; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getDetectedAt() { return detectedAt; }
    public Instant getSbNoticeSentAt() { return sbNoticeSentAt; }
    public Instant getSbNoticeReceivedAt() { return sbNoticeReceivedAt; }
    public Instant getKnbNoticeSentAt() { return knbNoticeSentAt; }
    public Instant getSbReportAt() { return sbReportAt; }
    public Instant getEliminatedAt() { return eliminatedAt; }
    public Instant getEscalationNoticeAt() { return escalationNoticeAt; }
    public Set<MonitoredObject> getObjects() { return objects; }
    public long getVersion() { return version; }

    /** Each clock fact keeps its first instant: a second notice never moves a met clock. */
    public void recordSbNoticeSent(Instant at) { sbNoticeSentAt = ClockFacts.earliest(sbNoticeSentAt, at); }
    public void recordSbNoticeReceived(Instant at) {
        sbNoticeReceivedAt = ClockFacts.earliest(sbNoticeReceivedAt, at);
    }
    public void recordKnbNoticeSent(Instant at) { knbNoticeSentAt = ClockFacts.earliest(knbNoticeSentAt, at); }
    public void recordSbReport(Instant at) { sbReportAt = ClockFacts.earliest(sbReportAt, at); }
    public void recordEliminated(Instant at) { eliminatedAt = ClockFacts.earliest(eliminatedAt, at); }
    public void recordEscalationNotice(Instant at) {
        escalationNoticeAt = ClockFacts.earliest(escalationNoticeAt, at);
        if (status.isOpen()) {
            status = RecordStatus.ESCALATED;
        }
    }

    public void start() {
        if (status == RecordStatus.OPEN) {
            status = RecordStatus.IN_PROGRESS;
        }
    }

    public void close(Instant at) {
        status = RecordStatus.CLOSED;
        closedAt = at;
    }

    public void reopen() {
        status = escalationNoticeAt != null ? RecordStatus.ESCALATED : RecordStatus.IN_PROGRESS;
        closedAt = null;
    }
}
