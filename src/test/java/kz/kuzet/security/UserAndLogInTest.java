package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserAndLogInTest {

    private final MutableClock clock = new MutableClock(DemoFixture.NOW);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void firstAdministratorOnceThenOnlyAdministratorsAddUsers(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            assertThat(kuzet.users().needsFirstAdministrator()).isTrue();
            UserSummary admin = kuzet.users().createFirstAdministrator("Root.Admin", "Root", "a long password!".toCharArray());
            assertThat(admin.username()).isEqualTo("root.admin");
            assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(kuzet.users().needsFirstAdministrator()).isFalse();
            assertThatThrownBy(() -> kuzet.users().createFirstAdministrator("second", null,
                    "another long password".toCharArray()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");

            Actor root = kuzet.authenticator().logIn("root.admin", "a long password!".toCharArray());
            kuzet.users().create(root, new NewUser("ann", "Ann", Role.ANALYST, null), "analyst password".toCharArray());
            Actor ann = kuzet.authenticator().logIn("ann", "analyst password".toCharArray());
            assertThat(ann.role()).isEqualTo(Role.ANALYST);
            assertThatThrownBy(() -> kuzet.users().create(ann, new NewUser("bob", null, Role.ADMINISTRATOR, null),
                    "bob's long password".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("ann (analyst) may not manage users: the analyst role does not include it.");
            assertThatThrownBy(() -> kuzet.users().create(root, new NewUser("ann", null, Role.AUDITOR, null),
                    "some long password".toCharArray())).hasMessageContaining("taken");
            assertThatThrownBy(() -> kuzet.users().create(root, new NewUser("short", null, Role.AUDITOR, null),
                    "short".toCharArray())).hasMessageContaining("at least 12");

            String stored = kuzet.tx().read(em -> (String) em.createNativeQuery(
                    "select password_hash from app_user where username = ?1").setParameter(1, "ann").getSingleResult());
            assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("analyst password");
            kuzet.access().awaitRecorded();
            List<AuditRow> audit = kuzet.auditQueries().list(root, AuditFilter.NONE);
            assertThat(audit).extracting(AuditRow::action)
                    .containsExactly("user.create", "login.ok", "user.create", "login.ok", "access.denied");
            assertThat(audit.get(4).actor()).isEqualTo("ann");
            assertThat(audit).allSatisfy(r -> assertThat(String.valueOf(r.after())).doesNotContain("pbkdf2"));
            assertThat(audit.get(0).actor()).isEqualTo("first-start");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void repeatedFailuresLockTheAccountForTheConfiguredTime(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            kuzet.users().createFirstAdministrator("admin", null, "admin password 1".toCharArray());
            Actor admin = kuzet.authenticator().logIn("admin", "admin password 1".toCharArray());
            kuzet.users().setLockoutPolicy(admin, new LockoutPolicy(3, Duration.ofMinutes(10)));
            kuzet.users().create(admin, new NewUser("eve", null, Role.ANALYST, null), "eve's password".toCharArray());

            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> kuzet.authenticator().logIn("eve", "guess".toCharArray()))
                        .isInstanceOf(LogInFailedException.class).hasMessage("Wrong user name or password.");
            }
            assertThatThrownBy(() -> kuzet.authenticator().logIn("eve", "guess".toCharArray()))
                    .hasMessageContaining("now locked until 2026-07-12T05:10:00Z after 3 failed log-ins");
            // even the right password is refused while locked
            assertThatThrownBy(() -> kuzet.authenticator().logIn("eve", "eve's password".toCharArray()))
                    .hasMessageContaining("is locked until 2026-07-12T05:10:00Z");
            clock.advance(Duration.ofMinutes(9));
            assertThatThrownBy(() -> kuzet.authenticator().logIn("eve", "eve's password".toCharArray()))
                    .hasMessageContaining("is locked");
            clock.advance(Duration.ofMinutes(1));
            assertThat(kuzet.authenticator().logIn("eve", "eve's password".toCharArray()).name()).isEqualTo("eve");

            // an unknown user gets the same words as a wrong password
            assertThatThrownBy(() -> kuzet.authenticator().logIn("nobody", "whatever".toCharArray()))
                    .hasMessage("Wrong user name or password.");

            List<String> actions = kuzet.auditQueries().list(admin, new AuditFilter("eve", null, "login", null,
                    null, 100)).stream().map(AuditRow::action).toList();
            assertThat(actions).containsExactly("login.failed", "login.failed", "login.failed", "login.refused",
                    "login.refused", "login.ok");
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter(null, null, "user.locked", null, null, 10)))
                    .singleElement().extracting(AuditRow::actor).isEqualTo("eve");
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter("nobody", null, null, null, null, 10)))
                    .singleElement().satisfies(r -> assertThat(r.after()).contains("unknown user"));
            // hostile text is only ever a bound parameter
            assertThatThrownBy(() -> kuzet.authenticator().logIn("eve' or '1'='1", "x' or '1'='1".toCharArray()))
                    .hasMessage("Wrong user name or password.");
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter("eve' or '1'='1", null, "%", null, null, 10)))
                    .isEmpty();
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter(null, null, "login%", null, null, 10)))
                    .isEmpty();
            assertThatThrownBy(() -> kuzet.authenticator().logIn("evil\u001b[2J\nroot", "x".toCharArray()))
                    .hasMessage("Wrong user name or password.");
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter("evil?[2j?root", null, null, null, null, 10)))
                    .hasSize(1);
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anAdministratorUnlocksAndDisablesAccounts(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            kuzet.users().createFirstAdministrator("admin", null, "admin password 1".toCharArray());
            Actor admin = kuzet.authenticator().logIn("admin", "admin password 1".toCharArray());
            kuzet.users().create(admin, new NewUser("joe", null, Role.AUDITOR, null), "joe's password".toCharArray());
            for (int i = 0; i < LockoutPolicy.DEFAULT.maxFailures(); i++) {
                assertThatThrownBy(() -> kuzet.authenticator().logIn("joe", "nope".toCharArray()));
            }
            assertThatThrownBy(() -> kuzet.authenticator().logIn("joe", "joe's password".toCharArray()))
                    .hasMessageContaining("locked");
            kuzet.users().unlock(admin, "joe");
            Actor joe = kuzet.authenticator().logIn("joe", "joe's password".toCharArray());
            assertThat(joe.role()).isEqualTo(Role.AUDITOR);
            kuzet.users().changePassword(joe, null, "joe's new password".toCharArray());
            assertThatThrownBy(() -> kuzet.users().changePassword(joe, "admin", "taken over!!!!".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not manage users");
            kuzet.users().changePassword(admin, "joe", "set by the admin".toCharArray());
            assertThatThrownBy(() -> kuzet.authenticator().logIn("joe", "joe's new password".toCharArray()))
                    .isInstanceOf(LogInFailedException.class);
            assertThat(kuzet.authenticator().logIn("joe", "set by the admin".toCharArray()).name()).isEqualTo("joe");
            assertThat(kuzet.auditQueries().list(admin, new AuditFilter(null, null, "user.password", null, null, 10)))
                    .extracting(AuditRow::actor).containsExactly("joe", "admin");
            kuzet.users().setActive(admin, "joe", false);
            assertThatThrownBy(() -> kuzet.authenticator().logIn("joe", "joe's password".toCharArray()))
                    .hasMessage("Wrong user name or password.");
            assertThatThrownBy(() -> kuzet.users().setActive(admin, "admin", false))
                    .hasMessageContaining("your own account");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theDemoWorldComesWithOneDemoUserPerRole(TestEngine engine) {
        try (Kuzet kuzet = DemoFixture.open(engine, clock)) {
            Actor admin = DemoFixture.logIn(kuzet, "demo.admin");
            assertThat(kuzet.users().list(admin)).extracting(UserSummary::username, UserSummary::role,
                            UserSummary::stateBodyCode)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("demo.admin", Role.ADMINISTRATOR, null),
                            org.assertj.core.groups.Tuple.tuple("demo.analyst", Role.ANALYST, null),
                            org.assertj.core.groups.Tuple.tuple("demo.auditor", Role.AUDITOR, null),
                            org.assertj.core.groups.Tuple.tuple("demo.coordinator.mf", Role.COORDINATOR, "MF"),
                            org.assertj.core.groups.Tuple.tuple("demo.lead", Role.SHIFT_LEAD, null));
            Actor coordinator = DemoFixture.logIn(kuzet, "demo.coordinator.mf");
            assertThat(coordinator.describe()).isEqualTo("demo.coordinator.mf (coordinator for MF)");
        }
    }
}
