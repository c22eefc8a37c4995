package kz.kuzet.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.app.Kuzet;
import kz.kuzet.notice.PdfText;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The annex editor's "Print / Save as PDF": a real PDF from the console, and a clear message when it cannot be;
 * and a file that is no annex at all explained in the console's language.
 */
@ExtendWith(ApplicationExtension.class)
class AnnexPrintViewTest {

    @TempDir
    static Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annex-print-test-background");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicReference<Path> nextFile =
            new java.util.concurrent.atomic.AtomicReference<>();
    private Kuzet kuzet;

    @Start
    void start(Stage stage) {
        kuzet = Kuzet.open(DatabaseSettings.inMemory("annex_print_ui_" + System.nanoTime()), clock);
        long mf = RegistryFixtures.body(kuzet, "MF");
        RegistryFixtures.body(kuzet, "MOJ");
        kuzet.annexes().commit(kz.kuzet.testing.Actors.SYSTEM, kuzet.annexes().previewLines(kz.kuzet.testing.Actors.SYSTEM, "MF", "2026-Q3", List.of(
                new AnnexLine(1, Contour.INTERNAL, null, "Бухгалтерия", "2-қабат, 214", "Сәрсенбаев Ә.",
                        "MF-WS-1", "10.1.1.1", "Windows 11 Pro"))), false);
        FileOpener files = new FileOpener() {
            @Override
            public Optional<Path> open(Window owner) {
                return Optional.ofNullable(nextFile.get());
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        Actor user = Actor.user("demo.lead", Role.SHIFT_LEAD, null, null);
        stage.setScene(new Scene(RegistryView.load(kuzet, user, "kk", background, files), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    @Test
    void printsTheCommittedAnnexAndSaysWhyWhenThereIsNone(FxRobot robot) throws Exception {
        robot.clickOn("Тоқсан сайынғы қосымша");
        ComboBox<?> body = robot.lookup("#bodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> body.getItems().size() == 2);
        robot.interact(() -> body.getSelectionModel().select(0));
        assertThat(body.getValue()).isEqualTo("MF");

        robot.clickOn("#printButton");
        robot.clickOn("Қазақ тілінде…");
        Path pdf = dir.resolve("MF-2026-Q3-kk.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf));
        awaitIdle(robot);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("MF-2026-Q3-kk.pdf сақталды.");
        assertThat(PdfText.of(Files.readAllBytes(pdf)).text()).contains("КҚОМ объектісі туралы мәліметтер")
                .contains("MF-WS-1").contains("Сыртқы контурдың жергілікті желісі");

        robot.interact(() -> body.getSelectionModel().select(1));
        robot.clickOn("#printButton");
        robot.clickOn("Орыс тілінде…");
        awaitIdle(robot);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("MOJ"));
        assertThat(status.getText()).contains("2026-Q3").contains("растап сақталған қосымшасы жоқ");
        assertThat(Files.exists(dir.resolve("MOJ-2026-Q3-ru.pdf"))).isFalse();
    }

    @Test
    void aFileThatIsNoAnnexIsExplainedInTheConsolesLanguage(FxRobot robot) throws Exception {
        Path file = dir.resolve("scan.csv");
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        nextFile.set(file);
        robot.clickOn("Тоқсан сайынғы қосымша");
        ComboBox<?> body = robot.lookup("#bodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> body.getItems().size() == 2);
        robot.interact(() -> body.getSelectionModel().select(1));
        robot.clickOn("#importButton");
        awaitIdle(robot);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Ештеңе сақталған жоқ: "
                + "«scan.csv» — CSV мәтіні емес, бинарлық файл. Қосымшаны .xlsx немесе UTF-8 кодтауындағы CSV ретінде "
                + "импорттаңыз.");
    }

    private static void awaitIdle(FxRobot robot) throws Exception {
        Node busy = robot.lookup("#busyIndicator").query();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !busy.isVisible())
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
