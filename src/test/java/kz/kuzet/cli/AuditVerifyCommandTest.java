package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditVerifyCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void verifyPrintsValidEntriesAndFirstBadAndFindsDatabaseTampering(TestEngine engine) throws Exception {
        try (Kuzet kuzet = engine.open(clock)) {
            kuzet.users().createFirstAdministrator("root", null, "root's password!".toCharArray());
            for (int i = 0; i < 6; i++) {
                int n = i;
                kuzet.tx().run(em -> kuzet.audit().event(em, "someone", "test.event", Map.of("n", n)));
            }
            Cli cli = new Cli(kuzet.database().settings(), clock).as("root", "root's password!");

            Cli.Result intact = cli.run("audit", "verify", "--json");
            assertThat(intact.exit()).as(intact.err()).isZero();
            JsonNode ok = Json.MAPPER.readTree(intact.out());
            // 1 user.create + 6 events + this command's own log-in
            assertThat(ok.get("valid").asBoolean()).isTrue();
            assertThat(ok.get("entries").asLong()).isEqualTo(8);
            assertThat(ok.get("first_bad").isNull()).isTrue();
            String anchor = "8:" + ok.get("head_hash").asText();

            Cli.Result text = cli.run("audit", "verify", "--anchor", anchor);
            assertThat(text.exit()).as(text.err()).isZero();
            assertThat(text.out()).startsWith("Audit trail intact: 9 entries");

            try (Connection c = kuzet.database().dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("delete from audit_entry where seq = 4");
            }
            Cli.Result broken = cli.run("audit", "verify", "--json");
            assertThat(broken.exit()).isEqualTo(1);
            JsonNode bad = Json.MAPPER.readTree(broken.out());
            assertThat(bad.get("valid").asBoolean()).isFalse();
            assertThat(bad.get("first_bad").asLong()).isEqualTo(4);
            assertThat(bad.get("entries").asLong()).isEqualTo(4);
            assertThat(bad.get("reason").asText()).isEqualTo("entry 4 is missing");
            assertThat(cli.run("audit", "verify").out()).startsWith("AUDIT TRAIL BROKEN at entry 4: entry 4 is missing");

            assertThat(cli.run("audit", "verify", "--anchor", "12:xyz").exit()).isEqualTo(2);
        }
    }
}
