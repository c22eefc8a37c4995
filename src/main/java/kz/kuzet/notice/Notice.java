package kz.kuzet.notice;

import jakarta.persistence.Basic;
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
import kz.kuzet.incident.IncidentRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A formal notice about a record: its document, registration number and delivery. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private IncidentRecord record;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NoticeKind kind;

    @Column(nullable = false, length = 400)
    private String recipient;

    @Column(nullable = false, length = 4)
    private String language;

    @Column(name = "reg_year")
    private Integer regYear;

    @Column(name = "reg_seq")
    private Integer regSeq;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 100_000_000)
    private byte[] document;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private DeliveryChannel channel;

    @Column(name = "delivery_reference", length = 200)
    private String deliveryReference;

    @Version
    private long version;

    protected Notice() {
    }

    public Notice(IncidentRecord record, NoticeKind kind, String recipient, String language, Instant createdAt) {
        this.record = record;
        this.kind = kind;
        this.recipient = recipient;
        this.language = language;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public IncidentRecord getRecord() { return record; }
    public NoticeKind getKind() { return kind; }
    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public Integer getRegYear() { return regYear; }
    public Integer getRegSeq() { return regSeq; }
    public String getRegistrationNumber() { return registrationNumber; }
    public byte[] getDocument() { return document; }
    public String getDocumentSha256() { return documentSha256; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public DeliveryChannel getChannel() { return channel; }
    public String getDeliveryReference() { return deliveryReference; }

    public void register(int year, int sequence, String number) {
        this.regYear = year;
        this.regSeq = sequence;
        this.registrationNumber = number;
    }

    public void attachDocument(byte[] pdf, String sha256) {
        this.document = pdf;
        this.documentSha256 = sha256;
    }

    public void markSent(Instant at, DeliveryChannel channel, String reference) {
        this.sentAt = at;
        this.channel = channel;
        this.deliveryReference = reference;
    }

    public void markReceived(Instant at) {
        this.receivedAt = at;
    }
}
