package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.Severity;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.security.Actor;
import kz.kuzet.security.NewUser;
import kz.kuzet.security.Role;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language stored for a recipient is the notice command's default; --lang still decides when given. */
class NoticeLanguageCommandTest {

    private static final String PASSWORD = "a test password";
    private final Clock clock = Clock.fixed(Instant.parse("2026-08-10T04:20:00Z"), ZoneOffset.UTC);
    private final DatabaseSettings db = DatabaseSettings.inMemory("cli_notice_language_" + System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void theStoredLanguageIsTheDefaultAndLangOverridesIt() throws Exception {
        long recordId;
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            recordId = kuzet.tx().call(em -> {
                StateBody b = new StateBody("QRL", "Қаржы министрлігі", "Министерство финансов",
                        StateBodyKind.MINISTRY);
                em.persist(b);
                IncidentRecord r = new IncidentRecord(RecordKind.EVENT, b, "Ботнет түйіні", Severity.HIGH,
                        Category.BOTNET, Instant.parse("2026-08-10T04:05:00Z"), Instant.parse("2026-08-10T04:09:00Z"));
                em.persist(r);
                Actor setUp = Actor.system("test-setup");
                kuzet.users().create(em, setUp, new NewUser("lead", null, Role.SHIFT_LEAD, null),
                        PASSWORD.toCharArray());
                kuzet.users().create(em, setUp, new NewUser("admin", null, Role.ADMINISTRATOR, null),
                        PASSWORD.toCharArray());
                return r.getId();
            });
        }
        Cli.Result stored = cli("admin").run("notice-settings", "--body-language", "qrl=both", "--set",
                "notice.knb.language=ru", "--set", "notice.signer.name=Ахметова Ж.", "--set",
                "notice.signer.position=Начальник смены");
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("body QRL language", "both").contains("notice.knb.language", "ru");

        Path sb = dir.resolve("sb.pdf");
        Cli.Result made = cli("lead").run("notice", "--record", "" + recordId, "--kind", "sb", "--json", "--out",
                sb.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("\"language\":\"both\"");
        assertThat(PdfText.of(Files.readAllBytes(sb)).text()).contains("ХАБАРЛАМА", "УВЕДОМЛЕНИЕ");

        Path knb = dir.resolve("knb.pdf");
        Cli.Result toKnb = cli("lead").run("notice", "--record", "" + recordId, "--kind", "knb", "--json", "--out",
                knb.toString());
        assertThat(toKnb.out()).contains("\"language\":\"ru\"");

        Path overridden = dir.resolve("kk.pdf");
        Cli.Result given = cli("lead").run("--lang", "kk", "notice", "--record", "" + recordId, "--kind", "sb",
                "--json", "--out", overridden.toString());
        assertThat(given.out()).contains("\"language\":\"kk\"");
        assertThat(PdfText.of(Files.readAllBytes(overridden)).text()).doesNotContain("УВЕДОМЛЕНИЕ");

        Cli.Result bad = cli("admin").run("notice-settings", "--body-language", "QRL=en");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("kk, ru or both");
    }

    private Cli cli(String user) {
        return new Cli(db, clock).as(user, PASSWORD);
    }
}
