package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.PdfText;
import kz.kuzet.notice.Signer;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.console.Screen;
import kz.kuzet.ui.preview.PagePrinter;
import kz.kuzet.ui.preview.PdfPages;
import kz.kuzet.ui.preview.PreviewDialog;
import kz.kuzet.ui.preview.PrintLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The document preview from the record view and the Reports screen: pages, keys, zoom, save, print. */
class PreviewScreenTest extends ConsoleFxTest {

    @TempDir
    Path dir;
    private FxRobot robot;

    @AfterEach
    void restoreDialogs() {
        PreviewDialog.useSaveChooser(null);
        PreviewDialog.usePrinter(null);
    }

    @Test
    void aDraftIsPreviewedPageByPageAndASentNoticeIsSavedAsItsStoredPdf(FxRobot fx) throws Exception {
        robot = fx;
        long id = kuzet.triage().classify(lead("lead"), List.of(fixture.detection("7101", T0.minusSeconds(300))),
                RecordKind.EVENT).get(0);
        kuzet.notices().settings().put(SYSTEM, "notice.signer.name", "Ахметов Б.");
        kuzet.notices().settings().put(SYSTEM, "notice.signer.position", "Директор НКЦ");
        String body = kuzet.tx().read(em -> em.createQuery("select r.stateBody.code from IncidentRecord r where"
                + " r.id = :id", String.class).setParameter("id", id).getSingleResult());
        kuzet.notices().languages().setForBody(SYSTEM, body, NoticeLanguage.BOTH);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        robot.interact(() -> window.openRecord(id));
        settle();
        Node record = window.view().recordView().root();
        robot.interact(() -> robot.from(record).lookup("#actionTabs").queryAs(TabPane.class)
                .getSelectionModel().select(5));
        settle();
        @SuppressWarnings("unchecked")
        ComboBox<NoticeLanguage> language = robot.from(record).lookup("#noticeLanguageBox").queryAs(ComboBox.class);
        assertThat(language.getValue()).as("the body's stored language").isEqualTo(NoticeLanguage.BOTH);

        robot.clickOn(robot.from(record).lookup("#previewNoticeButton").queryAs(Node.class));
        PreviewDialog draft = window.view().recordView().lastPreview();
        settle(draft);
        Stage preview = draft.stage();
        assertThat(preview.isShowing()).isTrue();
        assertThat(label(preview, "#previewPageLabel")).isEqualTo("Page 1 of 2");
        ImageView page = robot.from(preview.getScene().getRoot()).lookup("#previewImage").queryAs(ImageView.class);
        assertThat(page.getImage()).isNotNull();
        double width = page.getImage().getWidth();
        snapshot(robot, preview.getScene(), "preview-draft");

        robot.interact(preview::requestFocus);
        robot.type(KeyCode.PAGE_DOWN);
        settle(draft);
        assertThat(label(preview, "#previewPageLabel")).isEqualTo("Page 2 of 2");
        robot.type(KeyCode.PAGE_DOWN);
        settle(draft);
        assertThat(label(preview, "#previewPageLabel")).as("stays on the last page").isEqualTo("Page 2 of 2");
        robot.type(KeyCode.PAGE_UP);
        settle(draft);
        assertThat(label(preview, "#previewPageLabel")).isEqualTo("Page 1 of 2");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle(draft);
        assertThat(label(preview, "#previewZoomLabel")).isEqualTo("125 %");
        assertThat(page.getImage().getWidth()).isCloseTo(width * 1.25, org.assertj.core.data.Offset.offset(2.0));
        robot.type(KeyCode.ESCAPE);
        settle(draft);
        assertThat(preview.isShowing()).isFalse();

        long noticeId = kuzet.notices().create(lead("lead"), id, NoticeKind.SB, NoticeLanguage.KK,
                new Signer("Ахметов Б.", "Директор НКЦ")).noticeId();
        kuzet.notices().recordManualDelivery(lead("lead"), noticeId, DeliveryChannel.E_DOCUMENT, "ED-9",
                clock.instant());
        String number = kuzet.notices().find(SYSTEM, noticeId).orElseThrow().getRegistrationNumber();
        sessions.get(0).pollNow();
        settle();
        @SuppressWarnings("unchecked")
        ListView<Object> made = robot.from(record).lookup("#noticesList").queryAs(ListView.class);
        assertThat(made.getItems()).hasSize(1);
        robot.interact(() -> made.getSelectionModel().select(0));
        robot.clickOn(robot.from(record).lookup("#openNoticeButton").queryAs(Node.class));
        PreviewDialog sent = window.view().recordView().lastPreview();
        settle(sent);
        assertThat(sent.stage().getTitle()).contains(number);
        assertThat(label(sent.stage(), "#previewPageLabel")).isEqualTo("Page 1 of 1");

        Path target = dir.resolve("saved-notice.pdf");
        List<String> offered = new ArrayList<>();
        PreviewDialog.useSaveChooser((owner, name, bundle) -> {
            offered.add(name);
            return target;
        });
        robot.interact(sent.stage()::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        settle(sent);
        assertThat(offered).containsExactly("notice-" + number.replace('/', '-') + ".pdf");
        byte[] saved = Files.readAllBytes(target);
        assertThat(saved).isEqualTo(kuzet.notices().document(SYSTEM, noticeId));
        assertThat(PdfText.of(saved).text()).contains(number, "ХАБАРЛАМА");
        assertThat(sent.model().noteProperty().get().key()).isEqualTo("preview.saved");
        robot.interact(sent.stage()::close);
    }

    @Test
    void aQuarterlySummaryIsMadeWithProgressAndPrintedPageByPage(FxRobot fx) throws Exception {
        robot = fx;
        kuzet.triage().classify(lead("lead"), List.of(fixture.detection("7201", T0.minusSeconds(300))),
                RecordKind.INCIDENT);
        ConsoleWindow window = openConsole(robot, "analyst1", "ru");
        robot.interact(() -> window.screenProperty().set(Screen.REPORTS));
        settle();
        Node reports = window.view().reportsView().root();
        @SuppressWarnings("unchecked")
        ComboBox<Object> quarter = robot.from(reports).lookup("#quarterBox").queryAs(ComboBox.class);
        robot.interact(() -> quarter.getSelectionModel().select(0));
        robot.clickOn(robot.from(reports).lookup("#makeSummaryButton").queryAs(Node.class));
        sessions.forEach(s -> s.documents().awaitIdle());
        settle();
        assertThat(robot.from(reports).lookup("#summaryStatus").queryAs(Label.class).getText())
                .startsWith("Сводка за 2026-Q3 сформирована");
        PreviewDialog summary = window.view().reportsView().lastPreview();
        settle(summary);
        Stage preview = summary.stage();
        assertThat(label(preview, "#previewPageLabel")).startsWith("Страница 1 из ");
        assertThat(PdfText.of(summary.model().pdf()).text()).contains("2026");
        snapshot(robot, preview.getScene(), "preview-summary");

        List<String> printed = new ArrayList<>();
        PreviewDialog.usePrinter(new PagePrinter() {
            @Override
            public Job ask(javafx.stage.Window owner) {
                return pages -> record(pages, printed);
            }
        });
        robot.clickOn(robot.from(preview.getScene().getRoot()).lookup("#previewPrint").queryAs(Node.class));
        settle(summary);
        int count = summary.model().pageCountProperty().get();
        assertThat(printed).hasSize(count);
        assertThat(printed.get(0)).isEqualTo("portrait 0.82");
        Note note = summary.model().noteProperty().get();
        assertThat(note.key()).isEqualTo("preview.printed");
        assertThat(label(preview, "#previewStatus")).isEqualTo("На принтер отправлено страниц: " + count + ".");

        PreviewDialog.usePrinter(new PagePrinter() {
            @Override
            public Job ask(javafx.stage.Window owner) {
                throw new IllegalStateException("no printer");
            }
        });
        robot.clickOn(robot.from(preview.getScene().getRoot()).lookup("#previewPrint").queryAs(Node.class));
        settle(summary);
        assertThat(summary.model().noteProperty().get().key()).isEqualTo("preview.error.noPrinter");
        robot.interact(preview::close);
    }

    /** What a printer given A4 with 54 pt margins would get: each page's orientation and scale. */
    private static void record(PdfPages pages, List<String> printed) {
        for (int i = 0; i < pages.count(); i++) {
            PdfPages.PageSize size = pages.size(i);
            PrintLayout.Placement at = PrintLayout.fit(size.width(), size.height(), 595.28 - 108, 841.89 - 108);
            printed.add((size.landscape() ? "landscape " : "portrait ")
                    + String.format(java.util.Locale.ROOT, "%.2f", at.scale()));
        }
    }

    private String label(Stage stage, String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    private void settle(PreviewDialog dialog) {
        for (int round = 0; round < 3; round++) {
            dialog.model().worker().awaitIdle();
            settle();
        }
    }
}
