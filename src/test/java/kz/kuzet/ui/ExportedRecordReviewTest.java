package kz.kuzet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.RecordWorld;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import kz.kuzet.ui.clocks.CountdownText;
import kz.kuzet.ui.registry.FileOpener;
import kz.kuzet.ui.review.PackageReaderSource;
import kz.kuzet.ui.review.ReviewModel;
import kz.kuzet.ui.review.ReviewWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A record exported from a real database, reviewed offline: everything the package carries is on screen. */
class ExportedRecordReviewTest extends ConsoleFxTest {

    @TempDir
    Path folder;

    @Test
    void anExportedRecordIsShownAsItWasWithItsNoticePdfAndAuditEntries(FxRobot robot) throws Exception {
        long id = RecordWorld.fullRecord(kuzet, fixture, clock);
        RecordDetail live = kuzet.queues().detail(RecordWorld.LEAD, id);
        SigningKey key = SigningKey.generate("NCCC Astana");
        Path file = folder.resolve("record.kzp");
        kuzet.packages().export(RecordWorld.LEAD, id, file, key);
        TrustList trust = TrustList.of(new TrustedKey("NCCC Astana", key.publicKey()));
        OpenedPackage opened = PackageReader.open(file, trust);

        ReviewModel model = new ReviewModel(file, new PackageReaderSource(() -> trust, "kk"), "kk");
        AtomicReference<ReviewWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(new ReviewWindow(new Stage(), model, noFiles(), r -> { }));
            window.get().show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.get().recordView() != null);
        Node root = window.get().stage().getScene().getRoot();
        VBox pages = robot.from(root).lookup("#noticePages").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pages.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, window.get().stage().getScene(), "review-exported-kk");

        assertThat(robot.from(root).lookup("#readOnlyBanner").queryAs(Label.class).getText())
                .startsWith("ТЕК ОҚУ · ОФЛАЙН · қол қойған: NCCC Astana");
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> timeline = robot.from(root).lookup("#timelineList").queryAs(ListView.class);
        assertThat(timeline.getItems()).isEqualTo(live.timeline());
        @SuppressWarnings("unchecked")
        ListView<RecordDetail.LinkedDetection> detections = robot.from(root).lookup("#detectionsList")
                .queryAs(ListView.class);
        assertThat(detections.getItems()).isEqualTo(live.detections()).hasSize(2);
        @SuppressWarnings("unchecked")
        TableView<RecordDetail.ObjectInfo> objects = robot.from(root).lookup("#objectsTable").queryAs(TableView.class);
        assertThat(objects.getItems()).isEqualTo(live.objects());
        @SuppressWarnings("unchecked")
        TableView<?> audit = robot.from(root).lookup("#auditTable").queryAs(TableView.class);
        assertThat(audit.getItems()).hasSize(opened.auditEntries().size()).isNotEmpty();
        @SuppressWarnings("unchecked")
        TableView<kz.kuzet.ui.review.ReviewedPackage.AnnexLine> annex = robot.from(root).lookup("#annexTable")
                .queryAs(TableView.class);
        assertThat(annex.getItems()).extracting(kz.kuzet.ui.review.ReviewedPackage.AnnexLine::hostName)
                .contains("MF-WS-0001");
        robot.interact(() -> robot.from(root).lookup("#packageTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        snapshot(robot, window.get().stage().getScene(), "review-exported-annex-kk");
        @SuppressWarnings("unchecked")
        ListView<?> notices = robot.from(root).lookup("#noticeList").queryAs(ListView.class);
        assertThat(notices.getItems()).hasSize(1);

        var board = RegulationClocks.evaluate(live.summary().facts(), opened.record().clocksAt());
        assertThat(robot.from(root).lookup("#clock-" + ClockName.SB_NOTICE.id()).queryAs(Label.class).getText())
                .isEqualTo(CountdownText.of(board.get(ClockName.SB_NOTICE), kz.kuzet.ui.Messages.bundle("kk")));
        robot.interact(() -> window.get().stage().close());
    }

    private static FileOpener noFiles() {
        return new FileOpener() {
            @Override
            public Optional<Path> open(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };
    }
}
