package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.report.ReportFonts;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeDocumentTest {

    private static final Instant NOW = NoticeFixture.DETECTED.plusSeconds(20 * 60);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void stateBodyNoticeInKazakhCarriesEveryFactAndEveryLetter(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            NoticeService.Created created = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER);
            PdfText pdf = PdfText.of(created.pdf());
            PdfText.keep("sb-kk.pdf", created.pdf());

            assertThat(created.registrationNumber()).isEqualTo("2026/00001");
            assertThat(pdf.text()).contains("ХАБАРЛАМА", "2026/00001", "№ " + recordId,
                    // detection 04:12:30 UTC is 09:12:30 in Astana (UTC+5)
                    "14.07.2026 09:12:30", "Қазақстан Республикасы Өңірлік даму министрлігі",
                    "Цифрландыру департаменті", "3-қабат, 312-кабинет", "WS-ҚҰЖАТ-17", "10.14.3.17",
                    "srv-portal-01", "195.12.114.20", "Рұқсатсыз қол жеткізу", "Жоғары",
                    "Бастапқы талдау: 10.14.3.17", "Хостты желіден оқшаулау",
                    // R-12.e: 48 h from the notice (issued 04:32:30 UTC): 16.07.2026 09:32:30 Astana
                    "48 сағат ішінде", "16.07.2026 09:32:30",
                    NoticeFixture.SIGNER.name(), NoticeFixture.SIGNER.position());
            for (char letter : ReportFonts.KAZAKH_AND_RUSSIAN_LETTERS.toCharArray()) {
                assertThat(pdf.text()).as("letter %s", letter).contains(String.valueOf(letter));
            }
            assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.contains("DejaVu"));
            assertThat(pdf.allFontsEmbedded()).isTrue();

            Notice stored = kuzet.notices().find(ANALYST, created.noticeId()).orElseThrow();
            assertThat(stored.getRegistrationNumber()).isEqualTo("2026/00001");
            assertThat(stored.getLanguage()).isEqualTo("kk");
            assertThat(stored.getDocumentSha256()).isEqualTo(NoticeService.sha256(kuzet.notices()
                    .document(ANALYST, created.noticeId()))).isEqualTo(created.sha256());
            assertThat(stored.getSentAt()).isNull();
        }
    }

    @Test
    void russianAndBothLanguagesAndTheOtherThreeNotices() {
        MutableClock clock = new MutableClock(NOW);
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            NoticeService.Created ru = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.RU,
                    NoticeFixture.SIGNER);
            PdfText.keep("sb-ru.pdf", ru.pdf());
            assertThat(PdfText.of(ru.pdf()).text()).contains("УВЕДОМЛЕНИЕ", "об инциденте кибербезопасности",
                    "Министерство регионального развития", "Несанкционированный доступ", "Высокий",
                    "14.07.2026 09:12:30", "в течение 48 часов", "16.07.2026 09:32:30", "WS-ҚҰЖАТ-17");

            NoticeService.Created both = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.BOTH,
                    NoticeFixture.SIGNER);
            PdfText bothPdf = PdfText.of(both.pdf());
            assertThat(bothPdf.text()).contains("ХАБАРЛАМА", "УВЕДОМЛЕНИЕ");
            assertThat(bothPdf.text().indexOf("ХАБАРЛАМА")).isLessThan(bothPdf.text().indexOf("УВЕДОМЛЕНИЕ"));
            assertThat(bothPdf.pages()).isGreaterThanOrEqualTo(2);

            kuzet.notices().recordManualDelivery(LEAD, ru.noticeId(), DeliveryChannel.E_DOCUMENT, "ЭҚ-77/2026",
                    NOW);
            NoticeService.Created knb = kuzet.notices().create(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.RU,
                    NoticeFixture.SIGNER);
            PdfText.keep("knb-ru.pdf", knb.pdf());
            assertThat(PdfText.of(knb.pdf()).text()).contains("Комитет национальной безопасности",
                    "Что сделано с момента обнаружения", "направлено уведомление", ru.registrationNumber(),
                    "IP 10.14.3.17 желіаралық экранда бұғатталды");
            NoticeService.Created knbKk = kuzet.notices().create(ANALYST, recordId, NoticeKind.KNB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER);
            PdfText.keep("knb-kk.pdf", knbKk.pdf());
            assertThat(PdfText.of(knbKk.pdf()).text()).contains("Ұлттық қауіпсіздік комитеті",
                    "Анықталғаннан бері атқарылған жұмыс");

            NoticeService.Created rec = kuzet.notices().create(ANALYST, recordId, NoticeKind.RECOMMENDATION,
                    NoticeLanguage.KK, NoticeFixture.SIGNER);
            PdfText.keep("recommendation-kk.pdf", rec.pdf());
            assertThat(PdfText.of(rec.pdf()).text()).contains("ҰСЫНЫМДАР", "Хостты желіден оқшаулау");

            assertThatThrownBy(() -> kuzet.notices().create(LEAD, recordId, NoticeKind.ESCALATION, NoticeLanguage.KK,
                    NoticeFixture.SIGNER)).hasMessageContaining("only 48 hours after detection");
            clock.set(NoticeFixture.DETECTED.plus(Duration.ofHours(49)));
            NoticeService.Created esc = kuzet.notices().create(LEAD, recordId, NoticeKind.ESCALATION,
                    NoticeLanguage.BOTH, NoticeFixture.SIGNER);
            PdfText.keep("escalation-both.pdf", esc.pdf());
            assertThat(PdfText.of(esc.pdf()).text()).contains("уәкілетті орган", "Уполномоченный орган",
                    ru.registrationNumber(), "система электронного документооборота",
                    "не поступали", "16.07.2026 09:12", "16.07.2026 10:12");

            assertThat(List.of(ru, both, knb, knbKk, rec, esc)).extracting(NoticeService.Created::registrationNumber)
                    .containsExactly("2026/00001", "2026/00002", "2026/00003", "2026/00004", "2026/00005",
                            "2026/00006");

            List<BufferedImage> pages = kuzet.notices().pageImages(ANALYST, esc.noticeId(), 50);
            assertThat(pages).hasSize(PdfText.of(esc.pdf()).pages());
            assertThat(pages.get(0).getWidth()).isBetween(400, 420);
            assertThat(kuzet.notices().pagePngs(ANALYST, esc.noticeId(), 30)).hasSize(pages.size())
                    .allSatisfy(png -> assertThat(png).startsWith(0x89, 'P', 'N', 'G'));
        }
    }

    @Test
    void aReportWrittenInSentencesIsQuotedWithoutADoubledFullStop() {
        MutableClock clock = new MutableClock(NOW);
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            long recordId = NoticeFixture.incident(kuzet, RecordKind.INCIDENT);
            long version = kuzet.tx().read(em -> em.find(IncidentRecord.class, recordId).getVersion());
            kuzet.response().recordStateBodyReport(LEAD, new VersionedId(recordId, version), NOW,
                    "Причина найдена.", "Хост изолирован.", false);
            clock.set(NoticeFixture.DETECTED.plus(Duration.ofHours(49)));
            NoticeService.Created esc = kuzet.notices().create(LEAD, recordId, NoticeKind.ESCALATION,
                    NoticeLanguage.RU, NoticeFixture.SIGNER);
            String text = PdfText.of(esc.pdf()).text();
            assertThat(text).contains("Анализ: Причина найдена. Принятые меры: Хост изолирован. Причины")
                    .doesNotContain("..");
        }
    }

    @Test
    void aFalsePositiveGetsNoNoticeAndUsesNoNumber() {
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            long fp = NoticeFixture.incident(kuzet, RecordKind.FALSE_POSITIVE);
            assertThatThrownBy(() -> kuzet.notices().create(ANALYST, fp, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER)).hasMessageContaining("false positive");
            assertThatThrownBy(() -> kuzet.notices().create(ANALYST, 999_999, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER)).hasMessageContaining("no record 999999");
            long count = kuzet.tx().read(em -> em.createQuery("select count(n) from Notice n", Long.class)
                    .getSingleResult());
            assertThat(count).isZero();
        }
    }
}
