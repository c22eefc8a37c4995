package kz.kuzet.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.ui.registry.FileOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The offline review, driven headless over real signed package files read by the real package reader. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    @TempDir
    Path folder;

    private final ReviewFixture fixture = new ReviewFixture();
    private final AtomicReference<Refusal> refused = new AtomicReference<>();
    private Path savedTo;

    @Test
    void aValidPackageShowsTheRecordMarkedReadOnlyWithNoActions(FxRobot robot) throws Exception {
        ReviewWindow window = open(robot, fixture.valid(folder), fixture.trust, "en");
        waitUntil(() -> window.recordView() != null);
        Node root = window.stage().getScene().getRoot();

        assertThat(robot.from(root).lookup("#readOnlyBanner").queryAs(Label.class).getText())
                .isEqualTo("READ-ONLY · OFFLINE · signed by NCCC Astana on 2026-03-02 13:15:00");
        assertThat(robot.from(root).lookup("#titleLabel").queryAs(Label.class).getText())
                .contains("№ 42").contains("Emotet on MF-WS-0001");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.from(root).lookup("#timelineList").queryAs(ListView.class);
        assertThat(timeline.getItems()).extracting(TimelineEntry::text).containsExactly("Trojan — 10.0.0.1 → 10.0.0.2");
        robot.interact(() -> robot.from(root).lookup("#detectionsList").queryAs(ListView.class)
                .getSelectionModel().select(0));
        assertThat(robot.from(root).lookup("#rawArea").queryAs(TextArea.class).getText()).isEqualTo("CEF:0|raw");
        @SuppressWarnings("unchecked")
        TableView<ReviewedPackage.AuditLine> audit = robot.from(root).lookup("#auditTable").queryAs(TableView.class);
        assertThat(audit.getItems()).extracting(ReviewedPackage.AuditLine::action).containsExactly("record.create");
        // clocks as they stood at export, not counting on from today
        assertThat(robot.from(root).lookup("#clock-sb_notice").queryAs(Label.class).getText()).isNotBlank();

        assertThat(robot.from(root).lookup("#actionTabs").tryQuery()).isEmpty();
        assertThat(robot.from(root).lookup("#gradeButton").tryQuery()).isEmpty();
        assertThat(robot.from(root).lookup(".button").queryAllAs(Button.class)).filteredOn(Node::isVisible)
                .extracting(Node::getId).containsExactly("saveNoticeButton");
        assertThat(robot.from(root).lookup(".text-input").queryAllAs(TextInputControl.class))
                .allSatisfy(t -> assertThat(t.isEditable()).isFalse());

        VBox pages = robot.from(root).lookup("#noticePages").queryAs(VBox.class);
        waitUntil(() -> !pages.getChildren().isEmpty());
        assertThat(pages.getChildren()).hasSize(1);
        savedTo = folder.resolve("saved.pdf");
        robot.clickOn("#saveNoticeButton");
        assertThat(Files.readAllBytes(savedTo)).isEqualTo(fixture.pdf);
        assertThat(refused.get()).isNull();
    }

    @Test
    void aTamperedPackageIsRefusedWithTheReasonAndWhatToDo(FxRobot robot) throws Exception {
        ReviewWindow window = open(robot, fixture.tampered(folder), fixture.trust, "en");
        DialogPane dialog = refusalDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo("record-42-tampered.kzp was not opened: changed after signing");
        assertThat(dialog.getContentText()).contains("record.json").contains("ask the sender for a new copy")
                .doesNotContain("Exception").doesNotContain("at kz.");
        assertThat(window.recordView()).isNull();

        assertThat(dialog.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText).containsExactly("Close");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        assertThat(refused.get().reason()).isEqualTo("tampered_entry");
        assertThat(window.stage().isShowing()).isFalse();
    }

    @Test
    void anUntrustedSignerIsRefusedInTheReadersLanguageSayingHowToTrustIt(FxRobot robot) throws Exception {
        open(robot, fixture.valid(folder), TrustList.empty(), "ru");
        DialogPane dialog = refusalDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo(
                "record-42.kzp не открыт: подписан ключом, которому этот компьютер не доверяет");
        assertThat(dialog.getContentText()).contains("kuzet trust add");
    }

    @Test
    void whileThePackageIsVerifiedTheWindowShowsTheProgress(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Path file = fixture.valid(folder);
        PackageReaderSource reader = new PackageReaderSource(() -> fixture.trust, "en");
        PackageSource slow = (f, progress) -> {
            progress.accept(0.4);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reader.open(f, progress);
        };
        AtomicReference<ReviewWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(new ReviewWindow(new Stage(), new ReviewModel(file, slow, "en"), null, refused::set));
            window.get().show();
        });
        javafx.scene.control.ProgressBar bar = robot.lookup("#verifyProgress")
                .queryAs(javafx.scene.control.ProgressBar.class);
        waitUntil(() -> bar.getProgress() == 0.4);
        assertThat(robot.lookup("Verifying record-42.kzp…").tryQuery()).isPresent();
        assertThat(window.get().recordView()).isNull();

        release.countDown();
        waitUntil(() -> window.get().recordView() != null);
        assertThat(robot.lookup("#verifyProgress").tryQuery()).isEmpty();
        robot.interact(() -> window.get().stage().close());
    }

    private ReviewWindow open(FxRobot robot, Path file, TrustList trust, String language) {
        FileOpener files = new FileOpener() {
            @Override
            public Optional<Path> open(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.of(savedTo);
            }
        };
        ReviewModel model = new ReviewModel(file, new PackageReaderSource(() -> trust, language), language);
        AtomicReference<ReviewWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(new ReviewWindow(new Stage(), model, files, refused::set));
            window.get().show();
        });
        return window.get();
    }

    private static DialogPane refusalDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#refusalDialog").tryQuery().isPresent());
        return robot.lookup("#refusalDialog").queryAs(DialogPane.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
