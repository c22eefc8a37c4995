package kz.kuzet.notice;

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
import java.time.Duration;
import java.time.Instant;

/** A notice waiting to be e-mailed, kept until the SMTP server accepts it. */
@Entity
@Table(name = "notice_outbox")
public class OutboxMessage {

    /** How long one workstation holds a message it is sending before another may try it. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(Notice notice, String recipients, Instant createdAt) {
        this.notice = notice;
        this.recipients = recipients;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public Long getId() { return id; }
    public Notice getNotice() { return notice; }
    public String getRecipients() { return recipients; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public boolean isDelivered() { return deliveredAt != null; }

    /** Claims the message for one sending attempt; another workstation skips it until the lease ends. */
    void claim(Instant now) {
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(LEASE);
        lastError = null;
    }

    void delivered(Instant at) {
        deliveredAt = at;
        lastError = null;
    }

    /** The attempt failed: the next one after 1, 2, 4 … minutes, at most 30. */
    void failed(Instant now, String error) {
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        long minutes = Math.min(MAX_BACKOFF.toMinutes(), 1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
    }
}
