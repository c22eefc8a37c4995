package kz.kuzet.security;

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
import java.util.LinkedHashMap;
import java.util.Map;
import kz.kuzet.registry.StateBody;

/** A person who logs in to Kuzet: their role, their state body if a coordinator, and their log-in state. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_body_id")
    private StateBody stateBody;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(name = "job_title", length = 200)
    private String position;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, StateBody stateBody, String passwordHash,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.stateBody = stateBody;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    Actor toActor() {
        return Actor.user(username, role, stateBody == null ? null : stateBody.getId(),
                stateBody == null ? null : stateBody.getCode());
    }

    /** The audited state: never the password hash. */
    Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("display_name", displayName);
        m.put("role", role.id());
        m.put("state_body", stateBody == null ? null : stateBody.getCode());
        m.put("full_name", fullName);
        m.put("position", position);
        m.put("active", active);
        m.put("failed_logins", failedLogins);
        m.put("locked_until", lockedUntil == null ? null : lockedUntil.toString());
        return m;
    }

    void loginFailed(int maxFailures, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void loginSucceeded(Instant at) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = at;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void setProfile(String fullName, String position) {
        this.fullName = fullName;
        this.position = position;
    }

    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public String getFullName() { return fullName; }
    public String getPosition() { return position; }
    public StateBody getStateBody() { return stateBody; }
    String getPasswordHash() { return passwordHash; }
    public boolean isActive() { return active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
}
