package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.Severity;
import kz.kuzet.notice.NoticeSettings;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.report.ReportEngine;
import kz.kuzet.security.Actor;
import kz.kuzet.security.NewUser;
import kz.kuzet.security.Role;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `kuzet notice … --send` through a real SMTP server, and the STS→KNB quarterly summary, from the command line. */
class NoticeSendAndStsKnbCommandTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private static final String PASSWORD = "a test password";
    private static final Instant NOW = Instant.parse("2026-08-10T04:20:00Z");
    private static final Instant DETECTED = Instant.parse("2026-08-10T04:05:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aNoticeSentFromTheCommandLineArrivesWithItsPdfAndStopsTheClock() throws Exception {
        DatabaseSettings db = database("cli_notice_send");
        long recordId = world(db).get(0);
        Path out = dir.resolve("sb.pdf");

        Cli.Result sent = cli(db).run("--lang", "ru", "notice", "--record", "" + recordId, "--kind", "sb",
                "--send", "--out", out.toString());

        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("Notice 2026/00001 made for record " + recordId,
                "Sent by e-mail at " + NOW);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("soc@qrx.gov.kz");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("nccc@sts.kz");
        BodyPart attachment = ((Multipart) received[0].getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("notice-2026-00001.pdf");
        byte[] mailed = attachment.getInputStream().readAllBytes();
        assertThat(mailed).isEqualTo(Files.readAllBytes(out));
        assertThat(PdfText.of(mailed).text()).contains("УВЕДОМЛЕНИЕ", "Министерство финансов", "Ботнет");
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            IncidentRecord r = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId));
            assertThat(r.getSbNoticeSentAt()).isEqualTo(NOW);
            List<String> audited = kuzet.tx().read(em -> em.createQuery(
                    "select a.action from AuditEntry a order by a.seq", String.class).getResultList());
            assertThat(audited).contains("notice.create", "notice.queue", "notice.send");
            String stored = kuzet.tx().read(em -> em.createQuery("select n.documentSha256 from Notice n",
                    String.class).getSingleResult());
            assertThat(stored).isEqualTo(ReportEngine.sha256(mailed));
        }
        Cli.Result outbox = cli(db).run("outbox");
        assertThat(outbox.exit()).as(outbox.err()).isZero();
        assertThat(outbox.out()).isBlank();
    }

    @Test
    void theStsToKnbSummaryFromTheCommandLineListsEventsWithTheirMeasures() throws Exception {
        DatabaseSettings db = database("cli_sts_knb");
        world(db);
        Path report = dir.resolve("q3-sts-knb.pdf");

        Cli.Result made = cli(db).run("--lang", "ru", "report", "quarterly", "--quarter", "2026-Q3", "--kind",
                "sts-knb", "--out", report.toString());

        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).contains("2 records (1 events, 1 incidents)");
        String text = PdfText.of(Files.readAllBytes(report)).text();
        assertThat(text).contains("ЕЖЕКВАРТАЛЬНАЯ СВОДНАЯ ИНФОРМАЦИЯ", "об обнаруженных угрозах, событиях",
                "АО «ГТС» → КНБ РК (пункт 13 Правил)", "Министерство финансов", "Ботнет түйіні",
                "7. Инциденты кибербезопасности и принятые меры", "8. События кибербезопасности и принятые меры");
        assertThat(text.substring(text.indexOf("8. События кибербезопасности")))
                .contains("События КБ с записанными мерами: 1 из 1", "С мерами", "Меры АО «ГТС»", "Итого")
                .doesNotContain("Заблокирован IP 203.0.113.9");
    }

    private DatabaseSettings database(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    private Cli cli(DatabaseSettings db) {
        return new Cli(db, clock).as("lead", PASSWORD);
    }

    /** A state body with a notice contact, an incident and an event with a measure; SMTP set to GreenMail. */
    private List<Long> world(DatabaseSettings db) {
        try (Kuzet kuzet = Kuzet.open(db, clock)) {
            Actor setUp = Actor.system("test-setup");
            NoticeSettings s = kuzet.notices().settings();
            s.put(setUp, "smtp.host", "127.0.0.1");
            s.put(setUp, "smtp.port", Integer.toString(SMTP.getSmtp().getPort()));
            s.put(setUp, "smtp.security", "none");
            s.put(setUp, "smtp.from", "nccc@sts.kz");
            s.put(setUp, "notice.signer.name", "Ахметова Ж.");
            s.put(setUp, "notice.signer.position", "Начальник смены");
            return kuzet.tx().call(em -> {
                StateBody b = new StateBody("QRX", "Қаржы министрлігі", "Министерство финансов",
                        StateBodyKind.MINISTRY);
                b.setNoticeContact("Сәрсенов Б.", "Начальник управления ИБ", "soc@qrx.gov.kz");
                em.persist(b);
                IncidentRecord incident = new IncidentRecord(RecordKind.INCIDENT, b, "Ботнет түйіні",
                        Severity.CRITICAL, Category.BOTNET, DETECTED, DETECTED.plusSeconds(240));
                em.persist(incident);
                IncidentRecord event = new IncidentRecord(RecordKind.EVENT, b, "Сканирование портов",
                        Severity.LOW, Category.SCANNING, DETECTED.minusSeconds(3600), DETECTED.minusSeconds(3500));
                em.persist(event);
                em.persist(new ContainmentMeasure(event, null, DETECTED.minusSeconds(3000), "analyst1",
                        "Заблокирован IP 203.0.113.9"));
                kuzet.users().create(em, setUp, new NewUser("lead", null, Role.SHIFT_LEAD, null),
                        PASSWORD.toCharArray());
                return List.of(incident.getId(), event.getId());
            });
        }
    }
}
