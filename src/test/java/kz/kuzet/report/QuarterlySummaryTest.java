package kz.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuarterlySummaryTest {

    private static final Actor LEAD = Actor.user("lead", Role.SHIFT_LEAD, null, null);

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private final Clock clock = Clock.fixed(Instant.parse("2026-10-05T05:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void figuresAddUpFromTheRecordsOfTheQuarter(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            world(kuzet);
            annexRegister(kuzet);

            QuarterlySummary s = kuzet.quarterly().compute(LEAD, Q3, SummaryKind.STS_KNB);

            assertThat(s.events()).isEqualTo(2);
            assertThat(s.incidents()).isEqualTo(2);
            assertThat(s.falsePositives()).isEqualTo(1);
            assertThat(s.records()).isEqualTo(4);
            assertThat(s.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of(Category.SCANNING, 2L,
                    Category.PHISHING, 1L, Category.MALWARE_SPAM, 1L));
            assertThat(s.bySeverity().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
            QuarterlySummary.ClockLine sb = clock(s, ClockName.SB_NOTICE);
            assertThat(new int[] {sb.met(), sb.late(), sb.missed(), sb.running()}).containsExactly(3, 1, 0, 0);
            assertThat(sb.median()).isEqualTo(Duration.ofMinutes(13));
            QuarterlySummary.ClockLine knb = clock(s, ClockName.KNB_NOTICE);
            assertThat(new int[] {knb.met(), knb.late(), knb.missed()}).containsExactly(3, 1, 0);
            assertThat(knb.median()).isEqualTo(Duration.ofMinutes(95));
            QuarterlySummary.ClockLine report = clock(s, ClockName.SB_REPORT);
            assertThat(new int[] {report.met(), report.late(), report.missed()}).containsExactly(2, 0, 2);
            QuarterlySummary.ClockLine escalation = clock(s, ClockName.ESCALATION);
            assertThat(new int[] {escalation.met(), escalation.late(), escalation.missed()}).containsExactly(1, 1, 0);
            assertThat(s.bodies()).extracting(QuarterlySummary.BodyLine::code).containsExactly("AAA", "BBB", "CCC");
            QuarterlySummary.BodyLine a = s.bodies().get(0);
            assertThat(new int[] {a.events(), a.incidents(), a.sbNoticeMet(), a.sbNoticeDue()})
                    .containsExactly(2, 1, 2, 3);
            assertThat(s.missingAnnex()).hasValueSatisfying(m -> assertThat(m)
                    .extracting(QuarterlySummary.BodyRef::code).containsExactly("AAA", "CCC"));
            assertThat(s.incidentList()).hasSize(2);
            assertThat(s.incidentList().get(0).measures()).extracting(QuarterlySummary.Measure::text)
                    .containsExactly("Фишингтік домен бұғатталды", "Қызметкерлерге ескерту жіберілді");
            // the measures taken for CS events too, apart from the incidents; the event without any is left out
            assertThat(s.eventMeasures()).singleElement().satisfies(e -> {
                assertThat(e.bodyCode()).isEqualTo("AAA");
                assertThat(e.measures()).extracting(QuarterlySummary.Measure::byStateBody, QuarterlySummary.Measure::text)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "Сканерлеуші IP 203.0.113.7 бұғатталды"),
                                org.assertj.core.groups.Tuple.tuple(true, "Сыртқы порттар жабылды"));
            });
            assertThat(s.incidentList()).extracting(QuarterlySummary.IncidentLine::id)
                    .doesNotContain(s.eventMeasures().get(0).id());

            QuarterlySummary auth = kuzet.quarterly().compute(LEAD, Q3, SummaryKind.KNB_AUTH);
            assertThat(auth.records()).isEqualTo(2);
            assertThat(auth.byCategory()).containsOnlyKeys(Category.PHISHING, Category.MALWARE_SPAM);
            assertThat(clock(auth, ClockName.SB_NOTICE).total()).isEqualTo(2);
            // R-14 stays with incidents
            assertThat(auth.eventMeasures()).isEmpty();
        }
    }

    @Test
    void theDocumentsCarryTheFiguresInKazakhAndRussian() {
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            world(kuzet);
            QuarterlySummary s = kuzet.quarterly().compute(LEAD, Q3, SummaryKind.STS_KNB);
            byte[] kk = kuzet.quarterly().pdf(LEAD, s, "kk", new QuarterlyRenderer.Signer("Нұрланов Ә.", "КҰҰО директоры"));
            PdfText.keep("quarterly-sts-knb-kk.pdf", kk);
            PdfText text = PdfText.of(kk);
            assertThat(text.text()).contains("ТОҚСАН САЙЫНҒЫ ЖИЫНТЫҚ АҚПАРАТ", "2026 жылғы III тоқсан",
                    "01.07.2026 – 30.09.2026", "Ақпарат агенттігі", "13 мин", "1 сағ 35 мин", "3 (75,0%)",
                    "Фишингтік домен бұғатталды", "Тоқсан сайынғы қосымшаны ұсынбаған мемлекеттік органдар", "Нұрланов Ә.");
            String events = text.text().substring(text.text().indexOf("8. КҚ оқиғалары және қабылданған шаралар"));
            assertThat(events).contains("Шаралары жазылған КҚ оқиғалары: 2 ішінен 1", "Шаралары бар",
                    "«МТҚ» АҚ шаралары", "МО шаралары", "AAA", "Барлығы")
                    .doesNotContain("Фишингтік домен бұғатталды", "Сканерлеуші IP 203.0.113.7 бұғатталды");
            assertThat(events.replaceAll("\\s+", " ")).containsPattern("AAA .*2 1 1 1");
            assertThat(text.allFontsEmbedded()).isTrue();

            byte[] ru = kuzet.quarterly().pdf(LEAD, kuzet.quarterly().compute(LEAD, Q3, SummaryKind.KNB_AUTH), "ru",
                    new QuarterlyRenderer.Signer("Нұрланов Ә.", "Директор НКЦ"));
            PdfText.keep("quarterly-knb-auth-ru.pdf", ru);
            assertThat(PdfText.of(ru).text()).contains("ЕЖЕКВАРТАЛЬНАЯ СВОДНАЯ ИНФОРМАЦИЯ",
                    "III квартал 2026 года", "КНБ РК → уполномоченный орган", "Агентство информации",
                    "Инциденты кибербезопасности", "Вредоносное ПО и спам")
                    .doesNotContain("События кибербезопасности и принятые меры", "Сканерлеуші IP");
            // R-14 is KNB's: a KNB official signs; the STS preparer is named under the date, not as the signer
            String signed = PdfText.of(ru).text().replaceAll("\\s+", " ");
            assertThat(signed).contains("Подготовлено АО «ГТС» для КНБ РК: Нұрланов Ә., Директор НКЦ",
                    "Уполномоченное должностное лицо Комитета национальной безопасности Республики Казахстан");
            assertThat(signed.substring(signed.lastIndexOf("Уполномоченное должностное лицо"))).doesNotContain("Нұрланов");
        }
    }

    @Test
    void badQuartersAndKindsAreRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).hasMessageContaining("2026-Q3");
        assertThatThrownBy(() -> SummaryKind.of("sts")).hasMessageContaining("sts-knb");
        assertThat(Q3.start()).isEqualTo(Instant.parse("2026-06-30T19:00:00Z"));
        assertThat(QuarterlyRenderer.bar(10, 10)).isEqualTo("█".repeat(30));
        // 1/16 of 30 blocks is 1 7/8 blocks
        assertThat(QuarterlyRenderer.bar(1, 16)).isEqualTo("█▉");
    }

    private static QuarterlySummary.ClockLine clock(QuarterlySummary s, ClockName name) {
        return s.clocks().stream().filter(c -> c.clock() == name).findFirst().orElseThrow();
    }

    /** Three state bodies; five records in Q3 (Astana time) and one just before it. */
    private static void world(Kuzet kuzet) {
        kuzet.tx().run(em -> {
            StateBody a = new StateBody("AAA", "Ақпарат агенттігі", "Агентство информации", StateBodyKind.AGENCY);
            StateBody b = new StateBody("BBB", "Бюджет комитеті", "Бюджетный комитет", StateBodyKind.COMMITTEE);
            StateBody c = new StateBody("CCC", "Цифрлық қызмет", "Цифровая служба", StateBodyKind.SERVICE);
            em.persist(a);
            em.persist(b);
            em.persist(c);
            // 00:30 on 1 July in Astana: the first record of the quarter
            IncidentRecord r1 = record(em, a, RecordKind.EVENT, Severity.MEDIUM, Category.SCANNING,
                    "2026-06-30T19:30:00Z", 10, 60);
            r1.recordSbReport(r1.getDetectedAt().plus(Duration.ofHours(5)));
            r1.recordEliminated(r1.getDetectedAt().plus(Duration.ofHours(5)));
            em.persist(new ContainmentMeasure(r1, null, r1.getDetectedAt().plusSeconds(900), "analyst1",
                    "Сканерлеуші IP 203.0.113.7 бұғатталды"));
            em.persist(new StateBodyReport(r1, r1.getSbReportAt(), "Сканерлеу расталды",
                    "Сыртқы порттар жабылды", true));
            record(em, a, RecordKind.EVENT, Severity.LOW, Category.SCANNING, "2026-08-01T03:00:00Z", 14, 100);
            IncidentRecord r3 = record(em, a, RecordKind.INCIDENT, Severity.HIGH, Category.PHISHING,
                    "2026-08-15T03:00:00Z", 40, 200);
            r3.recordSbReport(r3.getDetectedAt().plus(Duration.ofHours(10)));
            r3.recordEliminated(r3.getDetectedAt().plus(Duration.ofHours(10)));
            em.persist(new ContainmentMeasure(r3, null, r3.getDetectedAt().plusSeconds(1800), "analyst1",
                    "Фишингтік домен бұғатталды"));
            em.persist(new StateBodyReport(r3, r3.getSbReportAt(), "Талдау жасалды",
                    "Қызметкерлерге ескерту жіберілді", true));
            IncidentRecord r4 = record(em, b, RecordKind.INCIDENT, Severity.CRITICAL, Category.MALWARE_SPAM,
                    "2026-09-20T03:00:00Z", 12, 90);
            r4.recordEscalationNotice(r4.getDetectedAt().plus(Duration.ofHours(48)).plusSeconds(600));
            record(em, b, RecordKind.FALSE_POSITIVE, Severity.LOW, Category.OTHER, "2026-09-21T03:00:00Z", -1, -1);
            // 23:00 on 30 June in Astana: the previous quarter
            record(em, a, RecordKind.INCIDENT, Severity.HIGH, Category.BOTNET, "2026-06-30T18:00:00Z", 10, 60);
        });
    }

    private static IncidentRecord record(jakarta.persistence.EntityManager em, StateBody body, RecordKind kind,
            Severity severity, Category category, String detected, int sbMinutes, int knbMinutes) {
        Instant at = Instant.parse(detected);
        IncidentRecord r = new IncidentRecord(kind, body, "Сигнатура " + category, severity, category, at,
                at.plusSeconds(60));
        if (sbMinutes >= 0) {
            r.recordSbNoticeSent(at.plus(Duration.ofMinutes(sbMinutes)));
            r.recordKnbNoticeSent(at.plus(Duration.ofMinutes(knbMinutes)));
        }
        em.persist(r);
        return r;
    }

    /** The annex register as the registry feature keeps it (annex_submission, migration V4_1). */
    private static void annexRegister(Kuzet kuzet) {
        kuzet.tx().run(em -> {
            em.createNativeQuery("insert into annex_submission (state_body_id, quarter, quarter_year, quarter_no,"
                    + " received_at, row_count, submitted_by) select id, '2026-Q3', 2026, 3,"
                    + " timestamp with time zone '2026-08-01 05:00:00+00', 1, 'test' from state_body"
                    + " where code = 'BBB'").executeUpdate();
            em.createNativeQuery("insert into annex_submission (state_body_id, quarter, quarter_year, quarter_no,"
                    + " received_at, row_count, submitted_by) select id, '2026-Q2', 2026, 2,"
                    + " timestamp with time zone '2026-05-01 05:00:00+00', 1, 'test' from state_body"
                    + " where code = 'AAA'").executeUpdate();
        });
    }
}
