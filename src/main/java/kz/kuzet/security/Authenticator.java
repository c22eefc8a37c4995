package kz.kuzet.security;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.kuzet.store.Transactions;

/**
 * Logs users in: checks the password against its slow hash, counts failures, locks the account after too many,
 * and audits every attempt, successful or not. The failure is committed (counter and audit entry) before the
 * refusal is thrown, so a failed attempt is never lost.
 */
public final class Authenticator {

    private final Transactions tx;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Authenticator(Transactions tx, AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    private record Outcome(Actor actor, LogInFailedException refusal) {
    }

    /**
     * Returns the logged-in actor, or throws {@link LogInFailedException} saying why (the same words for an
     * unknown user and a wrong password, so names cannot be guessed).
     */
    public Actor logIn(String username, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // the typed name goes into the trail as the actor: printable characters only, at most 100
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        String auditedName = printable.isEmpty() ? "(none)"
                : printable.length() > 100 ? printable.substring(0, 100) : printable;
        Outcome outcome = tx.call(em -> {
            Instant now = clock.instant();
            UserAccount account = em.createQuery(
                            "select u from UserAccount u where u.username = :name", UserAccount.class)
                    .setParameter("name", name)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            if (account == null || !account.isActive()) {
                hasher.verifyNothing(password == null ? new char[0] : password);
                audit.event(em, auditedName, "login.failed",
                        details(account == null ? "unknown user" : "account disabled", null));
                return new Outcome(null, wrongCredentials());
            }
            if (account.isLockedAt(now)) {
                audit.event(em, auditedName, "login.refused", details("account locked", account));
                return new Outcome(null, new LogInFailedException(LogInFailedException.Refusal.LOCKED, name,
                        account.getLockedUntil(), 0, "Account '" + name + "' is locked until "
                        + account.getLockedUntil() + " after repeated failed log-ins. Try again later or ask an"
                        + " administrator to unlock it."));
            }
            if (password == null || !hasher.verify(password, account.getPasswordHash())) {
                LockoutPolicy policy = UserService.lockoutPolicy(em);
                account.loginFailed(policy.maxFailures(), now.plus(policy.lockDuration()));
                audit.event(em, auditedName, "login.failed", details("wrong password", account));
                if (account.isLockedAt(now)) {
                    audit.event(em, auditedName, "user.locked", details(policy.maxFailures()
                            + " failed log-ins in a row", account));
                    return new Outcome(null, new LogInFailedException(LogInFailedException.Refusal.NOW_LOCKED, name,
                            account.getLockedUntil(), policy.maxFailures(), "Wrong password. Account '" + name
                            + "' is now locked until " + account.getLockedUntil() + " after " + policy.maxFailures()
                            + " failed log-ins."));
                }
                return new Outcome(null, wrongCredentials());
            }
            account.loginSucceeded(now);
            if (hasher.needsRehash(account.getPasswordHash())) {
                account.setPasswordHash(hasher.hash(password));
            }
            Actor actor = account.toActor();
            audit.event(em, actor.name(), "login.ok", details(null, account));
            return new Outcome(actor, null);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.actor();
    }

    private static LogInFailedException wrongCredentials() {
        return new LogInFailedException("Wrong user name or password.");
    }

    private static Map<String, Object> details(String reason, UserAccount account) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (reason != null) {
            m.put("reason", reason);
        }
        if (account != null) {
            m.put("role", account.getRole().id());
            m.put("failed_logins", account.getFailedLogins());
            if (account.getLockedUntil() != null) {
                m.put("locked_until", account.getLockedUntil().toString());
            }
        }
        return m;
    }
}
