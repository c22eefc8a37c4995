package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** The lock-out is shown to anyone logged in, changed only by an administrator, and the change then holds. */
class UserLockoutCommandTest {

    private static final String PASSWORD = "a long enough password";
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);
    private final DatabaseSettings db = DatabaseSettings.inMemory("lockout_" + System.nanoTime());

    @Test
    void anAdministratorSetsTheLockOutAndItLocksAfterThatManyFailures() throws Exception {
        Cli first = new Cli(db, clock).env("KUZET_NEW_PASSWORD", PASSWORD);
        assertThat(first.run("user", "add", "root.admin", "--role", "admin").exit()).isZero();
        Cli admin = new Cli(db, clock).as("root.admin", PASSWORD).env("KUZET_NEW_PASSWORD", PASSWORD);
        assertThat(admin.run("user", "add", "ana", "--role", "analyst").exit()).isZero();

        Cli.Result shown = admin.run("user", "lockout");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("5 wrong passwords in a row lock an account for 15 minutes.");

        Cli analyst = new Cli(db, clock).as("ana", PASSWORD);
        Cli.Result refused = analyst.run("user", "lockout", "--max-failures", "2");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("ana (analyst) may not change settings");

        Cli.Result set = admin.run("user", "lockout", "--max-failures", "2", "--minutes", "30", "--json");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(Json.MAPPER.readTree(set.out()).get("max_failures").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(set.out()).get("lock_minutes").asInt()).isEqualTo(30);
        assertThat(admin.run("user", "lockout", "--minutes", "0").err()).contains("between 1 minute and 7 days");

        Cli wrong = new Cli(db, clock).as("ana", "not the password");
        assertThat(wrong.run("bodies").exit()).isEqualTo(1);
        assertThat(wrong.run("bodies").err()).contains("now locked until");
        assertThat(analyst.run("bodies").err()).contains("is locked until");

        Cli.Result audit = admin.run("audit", "list", "--action", "settings.change", "--json");
        assertThat(audit.exit()).as(audit.err()).isZero();
        var entry = Json.MAPPER.readTree(audit.out()).get(0);
        assertThat(entry.get("before").asText()).isEqualTo("{\"lock_minutes\":15,\"max_failures\":5}");
        assertThat(entry.get("after").asText()).isEqualTo("{\"lock_minutes\":30,\"max_failures\":2}");
    }
}
