package kz.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.registry.WorkType;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.testing.Actors;
import kz.kuzet.testing.TestEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnexPrintTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);
    /** Every Kazakh-only letter, lower and upper case, in the body's name and the rows. */
    private static final String KAZAKH = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ";

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void printsTheOfficialFormInKazakhAndRussian(TestEngine engine) throws IOException {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            long mf = body(kuzet, "MF", "Қаржы министрлігі (" + KAZAKH + ")", "Министерство финансов");
            long moj = body(kuzet, "MOJ", "Әділет министрлігі", "Министерство юстиции");
            commit(kuzet, "MF", lines(70, 5));

            byte[] kk = kuzet.annexPrint().pdf(Actors.analyst("a.analyst"), "MF", "2026-Q3", "kk");
            PdfText kkText = PdfText.of(kk);
            PdfText.keep("annex-kk.pdf", kk);
            assertThat(kkText.allFontsEmbedded()).isTrue();
            assertThat(kkText.pages()).isGreaterThanOrEqualTo(3);
            assertThat(kkText.text())
                    .contains("КҚОМ объектісі туралы мәліметтер")
                    .contains("қағидаларына қосымша")
                    .contains("Ішкі контурдың жергілікті желісі")
                    .contains("Сыртқы контурдың жергілікті желісі")
                    .contains("Мемлекеттік орган: Қаржы министрлігі (" + KAZAKH + ")")
                    .contains("2026 жылғы III тоқсан (01.07.2026 – 30.09.2026)")
                    .contains("MF-WS-001").contains("MF-WS-070").contains("MF-SRV-05").contains("10.1.0.70")
                    .contains("Барлық объектілер: 75; ішкі контурдың жергілікті желісі: 70; сыртқы контурдың "
                            + "жергілікті желісі: 5")
                    .contains("Мемлекеттік органның уәкілетті тұлғасы").contains("Бас маман Құрманғазы")
                    .contains("Бет 1 / " + kkText.pages());
            for (char c : KAZAKH.replace(" ", "").toCharArray()) {
                assertThat(kkText.text()).contains(String.valueOf(c));
            }
            List<String> pages = pages(kk);
            for (String page : pages) {
                assertThat(page).as("column headers on every page").contains("Құрылымдық бөлімше (департамент)")
                        .contains("IP-мекенжай").contains("Операциялық жүйенің атауы");
            }
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).as("page number on page %d", i + 1)
                        .contains("Бет " + (i + 1) + " / " + pages.size());
            }
            // numbered through both sections: internal 1..70, then external 71..75, in that order
            String all = kkText.text();
            assertThat(all.indexOf("Ішкі контурдың жергілікті желісі")).isLessThan(all.indexOf("MF-WS-001"));
            assertThat(all.indexOf("MF-WS-070")).isLessThan(all.indexOf("Сыртқы контурдың жергілікті желісі"));
            assertThat(all.indexOf("Сыртқы контурдың жергілікті желісі")).isLessThan(all.indexOf("MF-SRV-01"));
            assertThat(all).containsPattern("\\b75 Қаржы министрлігі .*MF-SRV-05");

            byte[] ru = kuzet.annexPrint().pdf(Actors.analyst("a.analyst"), "MF", "2026-Q3", "ru");
            PdfText.keep("annex-ru.pdf", ru);
            assertThat(PdfText.of(ru).text())
                    .contains("Сведения об объекте МСКБ")
                    .contains("ЛВС внутреннего контура").contains("ЛВС внешнего контура")
                    .contains("Государственный орган: Министерство финансов")
                    .contains("III квартал 2026 года")
                    .contains("Структурное подразделение (департамент)")
                    .contains("Стр. 1 / ")
                    .contains("Ақпараттық қауіпсіздік басқармасы");

            Actor ownCoordinator = Actor.user("c.mf", Role.COORDINATOR, mf, "MF");
            assertThat(PdfText.of(kuzet.annexPrint().pdf(ownCoordinator, "MF", "2026-Q3", "kk")).text())
                    .contains("MF-WS-001");
            Actor otherCoordinator = Actor.user("c.moj", Role.COORDINATOR, moj, "MOJ");
            assertThatThrownBy(() -> kuzet.annexPrint().pdf(otherCoordinator, "MF", "2026-Q3", "kk"))
                    .isInstanceOf(AccessDeniedException.class);
            Actor admin = Actor.user("root", Role.ADMINISTRATOR, null, null);
            assertThatThrownBy(() -> kuzet.annexPrint().pdf(admin, "MF", "2026-Q3", "kk"))
                    .isInstanceOf(AccessDeniedException.class);

            assertThatThrownBy(() -> kuzet.annexPrint().pdf(Actors.analyst("a"), "MOJ", "2026-Q3", "kk"))
                    .isInstanceOf(AnnexPrintException.class).hasMessageContaining("no committed annex for 2026-Q3")
                    .satisfies(e -> assertThat(((AnnexPrintException) e).message("kk"))
                            .contains("растап сақталған қосымшасы жоқ"));
            assertThatThrownBy(() -> kuzet.annexPrint().pdf(Actors.analyst("a"), "MF", "2026-Q3", "en"))
                    .isInstanceOf(AnnexPrintException.class).hasMessageContaining("kk (Kazakh) or ru (Russian)");
            assertThatThrownBy(() -> kuzet.annexPrint().pdf(Actors.analyst("a"), "NOPE", "2026-Q3", "ru"))
                    .isInstanceOf(AnnexPrintException.class).hasMessageContaining("NOPE");

            long printed = kuzet.tx().read(em -> ((Number) em.createNativeQuery("select count(*) from audit_entry"
                    + " where action = 'annex.print'").getSingleResult()).longValue());
            assertThat(printed).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestEngine.class, names = "H2")
    void anEmptySectionSaysSo(TestEngine engine) {
        try (Kuzet kuzet = engine.open(CLOCK)) {
            body(kuzet, "MOJ", "Әділет министрлігі", "Министерство юстиции");
            commit(kuzet, "MOJ", lines(3, 0));
            PdfText text = PdfText.of(kuzet.annexPrint().pdf(Actors.analyst("a"), "MOJ", "2026-Q3", "ru"));
            assertThat(text.pages()).isEqualTo(1);
            assertThat(text.text()).contains("ЛВС внешнего контура В этом разделе объектов нет");
        }
    }

    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    static long body(Kuzet kuzet, String code, String nameKk, String nameRu) {
        return kuzet.tx().call(em -> {
            StateBody b = new StateBody(code, nameKk, nameRu, StateBodyKind.MINISTRY);
            b.setContract(EnumSet.of(WorkType.OBSERVATION), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    "ҰҚК–МТҚ № 17-1/2026");
            b.setNoticeContact("Бас маман Құрманғазы", "Ақпараттық қауіпсіздік басқармасының басшысы",
                    "ib@" + code.toLowerCase() + ".gov.kz");
            em.persist(b);
            return b.getId();
        });
    }

    static List<AnnexLine> lines(int workstations, int servers) {
        List<AnnexLine> lines = new ArrayList<>();
        for (int i = 1; i <= workstations; i++) {
            lines.add(new AnnexLine(i, Contour.INTERNAL, null, "Ақпараттық қауіпсіздік басқармасы",
                    "Шаһар үйі, " + (i % 5 + 1) + "-қабат, " + (100 + i) + " бөлме",
                    "Өмірзақ Ғалия Ұлықбекқызы " + i, String.format("MF-WS-%03d", i), "10.1.0." + i,
                    "Windows 10 Pro 22H2"));
        }
        for (int i = 1; i <= servers; i++) {
            lines.add(new AnnexLine(workstations + i, Contour.EXTERNAL, null, "Цифрлық даму департаменті",
                    "Деректер орталығы, серверлік", "Әбділдә Нұрлан", String.format("MF-SRV-%02d", i),
                    "192.0.2." + i, "Ubuntu Server 24.04 LTS"));
        }
        return lines;
    }

    static void commit(Kuzet kuzet, String code, List<AnnexLine> lines) {
        AnnexService.ImportPreview p = kuzet.annexes().previewLines(kz.kuzet.testing.Actors.SYSTEM, code, "2026-Q3", lines);
        assertThat(p.errors()).isEmpty();
        kuzet.annexes().commit(kz.kuzet.testing.Actors.SYSTEM, p, false);
    }
}
