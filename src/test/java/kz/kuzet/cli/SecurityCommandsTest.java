package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditFilter;
import kz.kuzet.security.AuditRow;
import kz.kuzet.security.DemoUsers;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The commands on main, run as each demo user: log-in, coordinator scoping, refusals, audit of log-ins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityCommandsTest {

    private static final String COORDINATOR = "demo.coordinator.mf";
    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);
    private final Map<TestEngine, Kuzet> worlds = new EnumMap<>(TestEngine.class);

    @AfterAll
    void close() {
        worlds.values().forEach(Kuzet::close);
    }

    private synchronized Kuzet world(TestEngine engine) {
        return worlds.computeIfAbsent(engine, e -> {
            Kuzet kuzet = e.open(clock);
            new DemoWorld(kuzet, DemoWorld.DEFAULT_SEED, DemoWorld.Size.SMALL).load();
            return kuzet;
        });
    }

    private Cli cli(TestEngine engine, String user) {
        return new Cli(world(engine).database().settings(), clock).as(user, DemoUsers.PASSWORD);
    }

    private static List<JsonNode> json(Cli.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        Json.MAPPER.readTree(r.out()).forEach(nodes::add);
        return nodes;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void recordsAndBodiesShowACoordinatorOnlyTheirStateBody(TestEngine engine) throws Exception {
        List<JsonNode> all = json(cli(engine, "demo.analyst").run("records", "--json"));
        List<JsonNode> mine = json(cli(engine, COORDINATOR).run("records", "--json"));
        assertThat(all).extracting(n -> n.get("state_body").asText()).contains("MF").anyMatch(c -> !c.equals("MF"));
        assertThat(mine).isNotEmpty().allMatch(n -> n.get("state_body").asText().equals("MF"));
        assertThat(mine).hasSize((int) all.stream().filter(n -> n.get("state_body").asText().equals("MF")).count());

        List<JsonNode> bodies = json(cli(engine, COORDINATOR).run("bodies", "--json"));
        assertThat(bodies).singleElement().satisfies(b -> assertThat(b.get("code").asText()).isEqualTo("MF"));
        assertThat(json(cli(engine, "demo.auditor").run("bodies", "--json")).size()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void clocksOfAnotherBodysRecordAreRefusedWithTheReason(TestEngine engine) throws Exception {
        List<JsonNode> all = json(cli(engine, "demo.lead").run("records", "--json"));
        long foreign = all.stream().filter(n -> !n.get("state_body").asText().equals("MF")).findFirst()
                .orElseThrow().get("id").asLong();
        long own = all.stream().filter(n -> n.get("state_body").asText().equals("MF")).findFirst()
                .orElseThrow().get("id").asLong();

        Cli.Result refused = cli(engine, COORDINATOR).run("clocks", Long.toString(foreign));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("kuzet: demo.coordinator.mf (coordinator for MF) may not read records "
                + "of record " + foreign + ": it belongs to state body ");
        Kuzet kuzet = world(engine);
        Actor auditor = kuzet.authenticator().logIn("demo.auditor", DemoUsers.PASSWORD.toCharArray());
        assertThat(kuzet.auditQueries().list(auditor, new AuditFilter(COORDINATOR, null, "access.denied", null, null,
                100))).anySatisfy(e -> assertThat(e.after()).contains("record " + foreign));
        Cli.Result allowed = cli(engine, COORDINATOR).run("clocks", Long.toString(own), "--json");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("\"clocks\"");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void commandsOnDataNeedALogInAndEveryAttemptIsAudited(TestEngine engine) {
        Cli noUser = cli(engine, null).env("KUZET_PASSWORD", null);
        Cli.Result r = noUser.run("records");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("This command needs a log-in: give --user NAME (or set KUZET_USER)");

        Cli.Result wrong = cli(engine, "demo.analyst").env("KUZET_PASSWORD", "not the password").run("bodies");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("kuzet: Log-in refused: Wrong user name or password." + System.lineSeparator());

        // --user wins over KUZET_USER; the password comes from the prompt when KUZET_PASSWORD is not set
        List<String> asked = new ArrayList<>();
        Cli prompted = cli(engine, "demo.analyst").env("KUZET_PASSWORD", null).prompt(q -> {
            asked.add(q);
            return DemoUsers.PASSWORD.toCharArray();
        });
        Cli.Result ok = prompted.run("--user", "demo.lead", "bodies");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(asked).containsExactly("Password for demo.lead: ");
        Cli.Result noTerminal = cli(engine, "demo.lead").env("KUZET_PASSWORD", null).run("bodies");
        assertThat(noTerminal.err()).contains("No password: set KUZET_PASSWORD, or run in a terminal");

        // a password can never be given as an option
        assertThat(cli(engine, "demo.lead").run("--password", "x", "bodies").exit()).isEqualTo(2);

        Kuzet kuzet = world(engine);
        Actor auditor = kuzet.authenticator().logIn("demo.auditor", DemoUsers.PASSWORD.toCharArray());
        List<AuditRow> analystLogIns = kuzet.auditQueries().list(auditor,
                new AuditFilter("demo.analyst", null, "login.failed", null, null, 100));
        assertThat(analystLogIns).isNotEmpty().last().satisfies(e -> assertThat(e.after()).contains("wrong password"));
        assertThat(kuzet.auditQueries().list(auditor, new AuditFilter("demo.lead", null, "login.ok", null, null, 100)))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void auditVerifyAndListAreForAuditorsAndAdministrators(TestEngine engine) throws Exception {
        Cli.Result verified = cli(engine, "demo.auditor").run("audit", "verify", "--json");
        assertThat(verified.exit()).as(verified.err()).isZero();
        JsonNode v = Json.MAPPER.readTree(verified.out());
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("entries").asLong()).isPositive();
        assertThat(v.get("first_bad").isNull()).isTrue();

        Cli.Result denied = cli(engine, "demo.analyst").run("audit", "verify", "--json");
        assertThat(denied.exit()).isEqualTo(1);
        assertThat(denied.err()).contains("demo.analyst (analyst) may not read the audit trail");
        assertThat(cli(engine, COORDINATOR).run("audit", "list").err()).contains("may not read the audit trail");

        cli(engine, "demo.lead").run("bodies");
        List<JsonNode> rows = json(cli(engine, "demo.admin").run("audit", "list", "--actor", "demo.lead",
                "--action", "login", "--since", "2026-07-12T00:00:00Z", "--json"));
        assertThat(rows).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("actor").asText()).isEqualTo("demo.lead");
            assertThat(n.get("action").asText()).startsWith("login.");
        });
        assertThat(json(cli(engine, "demo.admin").run("audit", "list", "--until", "2026-07-12T00:00:00Z", "--json")))
                .isEmpty();
        Cli.Result badTime = cli(engine, "demo.admin").run("audit", "list", "--since", "yesterday");
        assertThat(badTime.exit()).isEqualTo(2);
        assertThat(badTime.err()).contains("--since: 'yesterday' is not an ISO-8601 instant");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theFirstAdministratorIsCreatedFromTheCommandLineThenAddsUsers(TestEngine engine) throws Exception {
        try (Kuzet empty = engine.open(clock)) {
            Cli cli = new Cli(empty.database().settings(), clock).env("KUZET_NEW_PASSWORD", "root's password!");
            Cli.Result first = cli.run("user", "add", "root", "--role", "admin");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("First administrator root (admin) created.");
            Cli.Result second = cli.run("user", "add", "other", "--role", "admin");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.err()).contains("needs a log-in");

            Cli admin = cli.as("root", "root's password!").env("KUZET_NEW_PASSWORD", "coordinator pass");
            // a coordinator needs a state body that exists
            Cli.Result noBody = admin.run("user", "add", "kate", "--role", "coordinator", "--body", "MF");
            assertThat(noBody.exit()).isEqualTo(1);
            assertThat(noBody.err()).contains("No state body with code 'MF'");
            Cli.Result analyst = admin.run("user", "add", "alan", "--role", "analyst", "--name", "Alan");
            assertThat(analyst.exit()).as(analyst.err()).isZero();
            List<JsonNode> users = json(admin.run("user", "list", "--json"));
            assertThat(users).extracting(n -> n.get("username").asText() + ":" + n.get("role").asText())
                    .containsExactly("alan:analyst", "root:admin");
            Cli.Result byAnalyst = cli.as("alan", "coordinator pass").run("user", "list");
            assertThat(byAnalyst.err()).contains("alan (analyst) may not manage users");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void registryListingsRefuseACoordinatorAnotherBodyAndListOnlyTheirOwn(TestEngine engine) throws Exception {
        for (String listing : new String[] {"outdated-os", "sensors", "work-orders", "event-logs", "collectors",
                "coordinator"}) {
            Cli.Result refused = cli(engine, COORDINATOR).run("registry", listing, "--body", "MOJ", "--json");
            assertThat(refused.exit()).as(listing).isEqualTo(1);
            assertThat(refused.out()).as(listing).isEmpty();
            assertThat(refused.err()).as(listing).startsWith("kuzet: demo.coordinator.mf (coordinator for MF) may "
                    + "not read the registry of ").contains("a coordinator acts only for MF");
        }
        assertThat(cli(engine, COORDINATOR).run("registry", "event-logs").exit()).isEqualTo(2);
        List<JsonNode> sensors = json(cli(engine, COORDINATOR).run("registry", "sensors", "--json"));
        assertThat(sensors).isNotEmpty().allMatch(n -> n.get("state_body").asText().equals("MF"));
        assertThat(json(cli(engine, "demo.auditor").run("registry", "sensors", "--json")))
                .anyMatch(n -> !n.get("state_body").asText().equals("MF"));
        assertThat(json(cli(engine, COORDINATOR).run("registry", "coordinator", "--body", "MF", "--json")))
                .isNotEmpty().allMatch(n -> n.get("state_body").asText().equals("MF"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void noticeExportSummaryAndOutboxCommandsKeepACoordinatorToTheirBody(TestEngine engine) throws Exception {
        List<JsonNode> records = json(cli(engine, "demo.analyst").run("records", "--json"));
        String foreign = records.stream().filter(n -> !n.get("state_body").asText().equals("MF"))
                .findFirst().orElseThrow().get("id").asText();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("refused");
        java.nio.file.Path pdf = dir.resolve("notice.pdf");
        java.nio.file.Path kzp = dir.resolve("record.kzp");
        java.nio.file.Path summary = dir.resolve("summary.pdf");

        Cli.Result notice = cli(engine, COORDINATOR).run("notice", "--record", foreign, "--kind", "sb", "--lang",
                "kk", "--out", pdf.toString());
        assertThat(notice.exit()).isEqualTo(1);
        assertThat(notice.err()).contains("demo.coordinator.mf (coordinator for MF) may not prepare notices");
        Cli.Result export = cli(engine, COORDINATOR).env("KUZET_HOME", dir.toString())
                .run("export", foreign, "--out", kzp.toString());
        assertThat(export.exit()).isEqualTo(1);
        assertThat(export.err()).contains("demo.coordinator.mf (coordinator for MF) may not read records of record "
                + foreign + ": it belongs to state body").contains("a coordinator acts only for MF");
        Cli.Result report = cli(engine, COORDINATOR).run("report", "quarterly", "--quarter", "2026-Q3", "--kind",
                "sts-knb", "--lang", "ru", "--out", summary.toString());
        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.err()).contains("it covers every state body");
        assertThat(pdf).doesNotExist();
        assertThat(kzp).doesNotExist();
        assertThat(summary).doesNotExist();

        Cli.Result outbox = cli(engine, COORDINATOR).run("outbox");
        assertThat(outbox.exit()).as(outbox.err()).isZero();
        Cli.Result outboxByAdmin = cli(engine, "demo.admin").run("outbox");
        assertThat(outboxByAdmin.exit()).isEqualTo(1);
        assertThat(outboxByAdmin.err()).contains("demo.admin (admin) may not read records");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void annexCommandsRefuseWhatTheUserMayNotDo(TestEngine engine) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("annex", ".csv");
        try {
            java.nio.file.Files.writeString(file, "not an annex");
            Cli.Result importByCoordinator = cli(engine, COORDINATOR).run("annex", "import", "--body", "MF",
                    "--quarter", "2026-Q3", file.toString());
            assertThat(importByCoordinator.exit()).isEqualTo(1);
            assertThat(importByCoordinator.err()).contains("may not import data: the coordinator role does not "
                    + "include it");
            Cli.Result importByAuditor = cli(engine, "demo.auditor").run("annex", "import", "--body", "MF",
                    "--quarter", "2026-Q3", file.toString(), "--commit");
            assertThat(importByAuditor.err()).contains("demo.auditor (auditor) may not import data");

            Cli.Result show = cli(engine, COORDINATOR).run("annex", "show", "--body", "MOJ", "--quarter", "2026-Q3");
            assertThat(show.exit()).isEqualTo(1);
            assertThat(show.err()).contains("may not read the registry of the annex of MOJ");
            java.nio.file.Path out = file.resolveSibling("moj-" + System.nanoTime() + ".xlsx");
            Cli.Result export = cli(engine, COORDINATOR).run("annex", "export", "--body", "MOJ", "--quarter",
                    "2026-Q3", "--out", out.toString());
            assertThat(export.exit()).isEqualTo(1);
            assertThat(export.err()).contains("may not export data of the annex of MOJ");
            assertThat(out).doesNotExist();
            Cli.Result byAdmin = cli(engine, "demo.admin").run("annex", "export", "--body", "MOJ", "--quarter",
                    "2026-Q3", "--out", out.toString());
            assertThat(byAdmin.err()).contains("demo.admin (admin) may not export data");

            JsonNode missing = Json.MAPPER.readTree(cli(engine, COORDINATOR).run("annex", "missing", "--quarter",
                    "2026-Q3", "--json").out());
            missing.get("missing").forEach(code -> assertThat(code.asText()).isEqualTo("MF"));
            missing.get("submitted").forEach(code -> assertThat(code.asText()).isEqualTo("MF"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anAdministratorDisablesEnablesAndUnlocksAUser(TestEngine engine) throws Exception {
        Cli admin = cli(engine, "demo.admin").env("KUZET_NEW_PASSWORD", "a long enough password");
        Cli.Result added = admin.run("user", "add", "temp.analyst", "--role", "analyst");
        assertThat(added.exit()).as(added.err()).isZero();
        Cli temp = cli(engine, "temp.analyst").env("KUZET_PASSWORD", "a long enough password");
        assertThat(temp.run("bodies").exit()).isZero();

        Cli.Result byLead = cli(engine, "demo.lead").run("user", "disable", "temp.analyst");
        assertThat(byLead.exit()).isEqualTo(1);
        assertThat(byLead.err()).contains("demo.lead (shift_lead) may not manage users");
        assertThat(temp.run("bodies").exit()).isZero();

        Cli.Result disabled = admin.run("user", "disable", "temp.analyst", "--json");
        assertThat(disabled.exit()).as(disabled.err()).isZero();
        assertThat(Json.MAPPER.readTree(disabled.out()).get("active").asBoolean()).isFalse();
        Cli.Result refused = temp.run("bodies");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Log-in refused");

        Cli.Result enabled = admin.run("user", "enable", "temp.analyst");
        assertThat(enabled.exit()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("User temp.analyst enabled.");
        assertThat(temp.run("bodies").exit()).isZero();

        Cli wrong = cli(engine, "temp.analyst").env("KUZET_PASSWORD", "not the password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.run("bodies").exit()).isEqualTo(1);
        }
        Cli.Result locked = temp.run("bodies");
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).contains("Log-in refused");
        Cli.Result unlocked = admin.run("user", "unlock", "temp.analyst");
        assertThat(unlocked.exit()).as(unlocked.err()).isZero();
        assertThat(unlocked.out()).contains("User temp.analyst unlocked.");
        assertThat(temp.run("bodies").exit()).isZero();
        assertThat(admin.run("user", "unlock", "nobody.here").err()).contains("nobody.here");
    }
}
