package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine;

class NoticeAndReportCommandTest {

    private static final String URL = "jdbc:h2:mem:cli_notice_test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private final Clock clock = Clock.fixed(Instant.parse("2026-08-10T04:20:00Z"), ZoneOffset.UTC);

    private static final String PASSWORD = "a test password";

    @TempDir
    Path dir;

    @Test
    void noticeAndQuarterlyReportFromTheCommandLine() throws Exception {
        long recordId;
        try (Kuzet kuzet = Kuzet.open(new DatabaseSettings(URL, "sa", ""), clock)) {
            recordId = kuzet.tx().call(em -> {
                StateBody b = new StateBody("QRX", "Қаржы министрлігі", "Министерство финансов", StateBodyKind.MINISTRY);
                em.persist(b);
                IncidentRecord r = new IncidentRecord(RecordKind.INCIDENT, b, "Ботнет түйіні", Severity.CRITICAL,
                        Category.BOTNET, Instant.parse("2026-08-10T04:05:00Z"), Instant.parse("2026-08-10T04:09:00Z"));
                em.persist(r);
                Actor setUp = Actor.system("test-setup");
                kuzet.users().create(em, setUp, new NewUser("lead", null, Role.SHIFT_LEAD, null), PASSWORD.toCharArray());
                kuzet.users().create(em, setUp, new NewUser("aud", null, Role.AUDITOR, null), PASSWORD.toCharArray());
                return r.getId();
            });
        }
        Path notice = dir.resolve("out/notice.pdf");
        Result noSigner = run("--db", URL, "--db-user", "sa", "--lang", "ru", "notice", "--record", "" + recordId,
                "--kind", "sb", "--out", notice.toString());
        assertThat(noSigner.code).isEqualTo(1);
        assertThat(noSigner.err).contains("signer");

        Result made = run("--db", URL, "--db-user", "sa", "--lang", "ru", "notice", "--record", "" + recordId,
                "--kind", "sb", "--signer-name", "Ахметова Ж.", "--signer-position", "Начальник смены",
                "--out", notice.toString());
        assertThat(made.code).as(made.err).isZero();
        assertThat(made.out).contains("2026/00001", notice.toString());
        assertThat(PdfText.of(Files.readAllBytes(notice)).text()).contains("УВЕДОМЛЕНИЕ", "Министерство финансов",
                "Ботнет", "Ахметова Ж.");

        Result profile = run("--db", URL, "--db-user", "sa", "user", "profile", "--full-name",
                "Ахметова Жанар Болатқызы", "--position", "Кезекші ауысымның басшысы");
        assertThat(profile.code).as(profile.err).isZero();
        assertThat(profile.out).contains("Profile of lead: Ахметова Жанар Болатқызы, Кезекші ауысымның басшысы.");
        Path signed = dir.resolve("signed.pdf");
        Result byProfile = run("--db", URL, "--db-user", "sa", "--lang", "kk", "notice", "--record", "" + recordId,
                "--kind", "sb", "--out", signed.toString());
        assertThat(byProfile.code).as(byProfile.err).isZero();
        assertThat(PdfText.of(Files.readAllBytes(signed)).text()).contains("Ахметова Жанар Болатқызы",
                "Кезекші ауысымның басшысы");

        Result english = run("--db", URL, "--db-user", "sa", "--lang", "en", "notice", "--record", "" + recordId,
                "--kind", "knb", "--signer-name", "A", "--signer-position", "B", "--out", notice.toString());
        assertThat(english.code).isEqualTo(2);
        assertThat(english.err).contains("--lang kk or --lang ru");

        Result notAllowed = runAs("aud", "--db", URL, "--db-user", "sa", "--lang", "kk", "notice", "--record",
                "" + recordId, "--kind", "knb", "--signer-name", "A", "--signer-position", "B", "--send",
                "--out", dir.resolve("knb.pdf").toString());
        assertThat(notAllowed.code).isEqualTo(1);
        assertThat(notAllowed.err).contains("aud (auditor) may not");
        assertThat(dir.resolve("knb.pdf")).doesNotExist();

        Result unsent = run("--db", URL, "--db-user", "sa", "--lang", "kk", "notice", "--record", "" + recordId,
                "--kind", "knb", "--signer-name", "A", "--signer-position", "B", "--send",
                "--out", dir.resolve("knb.pdf").toString());
        assertThat(unsent.code).isEqualTo(1);
        assertThat(unsent.err).contains("No SMTP server is configured");

        Path report = dir.resolve("q3.pdf");
        Result quarterly = run("--db", URL, "--db-user", "sa", "--lang", "kk", "report", "quarterly",
                "--quarter", "2026-Q3", "--kind", "knb-auth", "--out", report.toString());
        assertThat(quarterly.code).as(quarterly.err).isZero();
        assertThat(quarterly.out).contains("2026-Q3 knb-auth: 1 incidents over").doesNotContain("events");
        assertThat(PdfText.of(Files.readAllBytes(report)).text()).contains("ТОҚСАН САЙЫНҒЫ ЖИЫНТЫҚ АҚПАРАТ",
                "Қаржы министрлігі", "Ботнет түйіні");

        Result badQuarter = run("--db", URL, "--db-user", "sa", "report", "quarterly", "--quarter", "2026-3",
                "--kind", "knb-auth", "--out", report.toString());
        assertThat(badQuarter.code).isEqualTo(2);
        assertThat(badQuarter.err).contains("2026-Q3");
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        return runAs("lead", args);
    }

    private Result runAs(String user, String... args) {
        KuzetCommand root = new KuzetCommand();
        root.clock = clock;
        root.env = java.util.Map.of("KUZET_USER", user, "KUZET_PASSWORD", PASSWORD);
        CommandLine cl = KuzetCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> a = new ArrayList<>(List.of(args));
        int code = cl.execute(a.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
