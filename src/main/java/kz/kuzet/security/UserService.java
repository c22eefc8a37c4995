package kz.kuzet.security;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kuzet.registry.StateBody;
import kz.kuzet.store.Transactions;

/**
 * Users and the security settings: the first administrator, adding users, unlocking them, the lock-out policy.
 * Every change is audited; passwords are hashed before they reach the database and never audited.
 */
public final class UserService {

    static final String FIRST_START_ACTOR = "first-start";

    private final Transactions tx;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AccessGuard guard;

    public UserService(Transactions tx, AuditTrail audit, PasswordHasher hasher, Clock clock, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.guard = guard;
    }

    /** Whether the database has no active administrator yet, so the first one must be created. */
    public boolean needsFirstAdministrator() {
        return tx.read(em -> countAdministrators(em) == 0);
    }

    /**
     * Creates the first administrator on first start. Refused once an active administrator exists: from then on
     * only an administrator adds users.
     */
    public UserSummary createFirstAdministrator(String username, String displayName, char[] password) {
        return createFirstAdministrator(new NewUser(username, displayName, Role.ADMINISTRATOR, null), password);
    }

    /** See {@link #createFirstAdministrator(String, String, char[])}; with the profile the user gives. */
    public UserSummary createFirstAdministrator(NewUser user, char[] password) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new IllegalArgumentException("The first user must be an administrator.");
        }
        NewUser.checkPassword(password);
        String hash = hasher.hash(password);
        return tx.call(em -> {
            lockUserTable(em);
            if (countAdministrators(em) > 0) {
                throw new IllegalStateException("An administrator already exists; log in as an administrator to "
                        + "add users ('kuzet user add --user ADMIN …').");
            }
            return insert(em, Actor.system(FIRST_START_ACTOR), user, hash);
        });
    }

    /** Adds a user; only an administrator may. */
    public UserSummary create(Actor actor, NewUser user, char[] password) {
        guard.require(actor, Permission.USER_MANAGE);
        NewUser.checkPassword(password);
        String hash = hasher.hash(password);
        return tx.call(em -> insert(em, actor, user, hash));
    }

    /**
     * Adds a user as part of a larger unit of work by an internal process (the demo loader), inside the caller's
     * transaction.
     */
    public UserSummary create(EntityManager em, Actor systemActor, NewUser user, char[] password) {
        if (!systemActor.system()) {
            throw new IllegalArgumentException("Only internal processes add users inside their own transaction");
        }
        NewUser.checkPassword(password);
        return insert(em, systemActor, user, hasher.hash(password));
    }

    private UserSummary insert(EntityManager em, Actor actor, NewUser user, String hash) {
        boolean taken = !em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", user.username()).getResultList().isEmpty();
        if (taken) {
            throw new IllegalArgumentException("User name '" + user.username() + "' is taken; choose another.");
        }
        StateBody body = null;
        if (user.stateBodyCode() != null && !user.stateBodyCode().isBlank()) {
            body = em.createQuery("select b from StateBody b where b.code = :code", StateBody.class)
                    .setParameter("code", user.stateBodyCode().trim()).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No state body with code '"
                            + user.stateBodyCode() + "'. List them with 'kuzet bodies'."));
        }
        UserAccount account = new UserAccount(user.username(), user.displayName(), user.role(), body, hash,
                clock.instant());
        account.setProfile(user.profile().fullName(), user.profile().position());
        em.persist(account);
        em.flush();
        audit.change(em, actor.name(), "user.create", "app_user", account.getId(), null, null,
                account.auditState());
        return UserSummary.of(account);
    }

    public List<UserSummary> list(Actor actor) {
        guard.require(actor, Permission.USER_MANAGE);
        return tx.read(em -> em.createQuery(
                        "select u from UserAccount u left join fetch u.stateBody order by u.username", UserAccount.class)
                .getResultList().stream().map(UserSummary::of).toList());
    }

    /**
     * The actor's own profile (full name and position), empty for a system process or a user without one. Anyone
     * may read their own.
     */
    public Optional<UserProfile> profile(Actor actor) {
        if (actor == null || actor.system()) {
            return Optional.empty();
        }
        return tx.read(em -> em.createQuery("select u from UserAccount u where u.username = :name",
                        UserAccount.class).setParameter("name", actor.name()).getResultStream().findFirst()
                .map(u -> new UserProfile(u.getFullName(), u.getPosition())));
    }

    /**
     * Sets a user's full name and position for their signature block: users their own, administrators anyone's.
     * A null part is left as it was; a blank one is cleared.
     */
    public UserSummary updateProfile(Actor actor, String username, String fullName, String position) {
        String target = username == null ? actor.name() : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (actor.system() || !target.equals(actor.name())) {
            guard.require(actor, Permission.USER_MANAGE);
        }
        return tx.call(em -> {
            UserAccount account = find(em, target);
            Map<String, Object> before = account.auditState();
            UserProfile p = new UserProfile(fullName == null ? account.getFullName() : fullName,
                    position == null ? account.getPosition() : position);
            account.setProfile(p.fullName(), p.position());
            audit.change(em, actor, "user.profile", "app_user", account.getId(), null, before,
                    account.auditState());
            return UserSummary.of(account);
        });
    }

    /** Lifts a lock-out before it runs out. */
    public UserSummary unlock(Actor actor, String username) {
        guard.require(actor, Permission.USER_MANAGE);
        return tx.call(em -> {
            UserAccount account = find(em, username);
            Map<String, Object> before = account.auditState();
            account.unlock();
            audit.change(em, actor.name(), "user.unlock", "app_user", account.getId(), null, before,
                    account.auditState());
            return UserSummary.of(account);
        });
    }

    /**
     * Sets a new password: users change their own, administrators anyone's. Also lifts a lock-out. The audit
     * entry records that the password changed, never the password or its hash.
     */
    public void changePassword(Actor actor, String username, char[] newPassword) {
        String target = username == null ? actor.name() : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!target.equals(actor.name())) {
            guard.require(actor, Permission.USER_MANAGE);
        }
        NewUser.checkPassword(newPassword);
        String hash = hasher.hash(newPassword);
        tx.run(em -> {
            UserAccount account = find(em, target);
            account.setPasswordHash(hash);
            account.unlock();
            audit.change(em, actor.name(), "user.password", "app_user", account.getId(), null, null,
                    Map.of("username", account.getUsername(), "password", "changed"));
        });
    }

    /** Turns a user's access off (users are never deleted: the audit trail names them). */
    public UserSummary setActive(Actor actor, String username, boolean active) {
        guard.require(actor, Permission.USER_MANAGE);
        return tx.call(em -> {
            UserAccount account = find(em, username);
            if (account.toActor().name().equals(actor.name()) && !active) {
                throw new IllegalArgumentException("You cannot disable your own account.");
            }
            Map<String, Object> before = account.auditState();
            account.setActive(active);
            audit.change(em, actor.name(), active ? "user.enable" : "user.disable", "app_user", account.getId(),
                    null, before, account.auditState());
            return UserSummary.of(account);
        });
    }

    public LockoutPolicy lockoutPolicy() {
        return tx.read(UserService::lockoutPolicy);
    }

    public LockoutPolicy setLockoutPolicy(Actor actor, LockoutPolicy policy) {
        guard.require(actor, Permission.SETTINGS_MANAGE);
        return tx.call(em -> {
            LockoutPolicy before = lockoutPolicy(em);
            Settings.put(em, LockoutPolicy.FAILURES_SETTING, Integer.toString(policy.maxFailures()));
            Settings.put(em, LockoutPolicy.MINUTES_SETTING, Long.toString(policy.lockDuration().toMinutes()));
            audit.change(em, actor.name(), "settings.change", "app_setting", null, null,
                    Map.of("max_failures", before.maxFailures(), "lock_minutes", before.lockDuration().toMinutes()),
                    Map.of("max_failures", policy.maxFailures(), "lock_minutes", policy.lockDuration().toMinutes()));
            return policy;
        });
    }

    static LockoutPolicy lockoutPolicy(EntityManager em) {
        String failures = Settings.get(em, LockoutPolicy.FAILURES_SETTING);
        String minutes = Settings.get(em, LockoutPolicy.MINUTES_SETTING);
        return new LockoutPolicy(
                failures == null ? LockoutPolicy.DEFAULT.maxFailures() : Integer.parseInt(failures),
                minutes == null ? LockoutPolicy.DEFAULT.lockDuration()
                        : java.time.Duration.ofMinutes(Long.parseLong(minutes)));
    }

    static UserAccount find(EntityManager em, String username) {
        return em.createQuery("select u from UserAccount u left join fetch u.stateBody where u.username = :name",
                        UserAccount.class)
                .setParameter("name", username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No user named '" + username
                        + "'. List them with 'kuzet user list'."));
    }

    private static long countAdministrators(EntityManager em) {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.active = true",
                Long.class).setParameter("role", Role.ADMINISTRATOR).getSingleResult();
    }

    /** Serialises first-start creation across workstations: the audit chain head is the one shared lock. */
    private static void lockUserTable(EntityManager em) {
        em.createNativeQuery("select last_seq from audit_head where id = 1 for update").getSingleResult();
    }
}
