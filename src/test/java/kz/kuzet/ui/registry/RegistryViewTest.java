package kz.kuzet.ui.registry;

import static kz.kuzet.registry.annex.TestAnnexFiles.KK_EXTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_HEADER;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_INTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.ws;
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
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.annex.AnnexError;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.registry.annex.TestAnnexFiles;
import kz.kuzet.registry.annex.TestAnnexFiles.Obj;
import kz.kuzet.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The registry screens in a real (headless) JavaFX stage over a real database: import, confirm, edit, save. */
@ExtendWith(ApplicationExtension.class)
class RegistryViewTest {

    @TempDir
    static Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-test-background");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Path> nextFile = new AtomicReference<>();
    private Kuzet kuzet;

    @Start
    void start(Stage stage) {
        kuzet = Kuzet.open(DatabaseSettings.inMemory("registry_ui_" + System.nanoTime()), clock);
        RegistryFixtures.body(kuzet, "MF");
        RegistryFixtures.body(kuzet, "MOJ");
        FileOpener opener = new FileOpener() {
            @Override
            public Optional<Path> open(Window owner) {
                return Optional.ofNullable(nextFile.get());
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        stage.setScene(new Scene(RegistryView.load(kuzet, kz.kuzet.security.Actor.system("registry-test"), "kk", background, opener), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    @Test
    void importShowsErrorsByCellAndSavesOnlyAfterConfirmationThenEditsAreCompared(FxRobot robot) throws Exception {
        awaitIdle(robot);
        TableView<?> bodies = robot.lookup("#bodiesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bodies.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("жоқ").tryQuery()).isPresent();

        Path file = dir.resolve("mf-q3.xlsx");
        Files.write(file, TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(1, "Windows 7 SP1"),
                new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-2", "10.20.1.256", "Debian 12")), KK_EXTERNAL,
                List.of(ws(3, "Debian 12"))));
        nextFile.set(file);

        robot.clickOn("Тоқсан сайынғы қосымша");
        ComboBox<?> body = robot.lookup("#bodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> body.getItems().size() == 2);
        robot.interact(() -> body.getSelectionModel().select(0));
        assertThat(body.getValue()).isEqualTo("MF");
        robot.clickOn("#importButton");
        awaitIdle(robot);

        ListView<?> errors = robot.lookup("#errorsList").queryAs(ListView.class);
        assertThat(errors.getItems()).singleElement().satisfies(e -> assertThat(((AnnexError) e).cell())
                .isEqualTo("G7"));
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(c -> assertThat(c.getText()).startsWith("G7 — "));
        assertThat(robot.lookup(".annex-row-error").queryAll()).hasSize(1);
        Button confirm = robot.lookup("#confirmButton").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(kuzet.annexes().submittedBodyCodes(kz.kuzet.testing.Actors.SYSTEM, "2026-Q3")).isEmpty();

        robot.clickOn("#skipInvalidBox");
        assertThat(robot.lookup("#skipInvalidBox").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        awaitIdle(robot);
        assertThat(kuzet.annexes().submittedBodyCodes(kz.kuzet.testing.Actors.SYSTEM, "2026-Q3")).containsExactly("MF");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Сақталды: 2 жол");
        assertThat(robot.lookup("#annexTable").queryAs(TableView.class).getItems()).hasSize(2);

        // edit the operating system of MF-WS-1 in the table, check, see the change, confirm
        Node osCell = robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "Windows 7 SP1".equals(c.getText())).query();
        robot.doubleClickOn(osCell);
        robot.write("Windows 11 Pro 24H2").type(KeyCode.ENTER);
        robot.clickOn("#checkButton");
        awaitIdle(robot);
        ListView<?> changes = robot.lookup("#changesList").queryAs(ListView.class);
        assertThat(changes.getItems()).anySatisfy(c -> assertThat((String) c).isEqualTo(
                "~ MF-WS-1: operating_system: Windows 7 SP1 → Windows 11 Pro 24H2"));
        robot.clickOn("#confirmButton");
        awaitIdle(robot);
        AnnexService.Submission saved = kuzet.annexes().latest(kz.kuzet.testing.Actors.SYSTEM, "MF", "2026-Q3").orElseThrow();
        assertThat(saved.lines()).extracting(AnnexLine::os).contains("Windows 11 Pro 24H2");
        assertThat(saved.sourceName()).isEqualTo("console");

        robot.clickOn("#exportButton");
        awaitIdle(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("MF-2026-Q3.xlsx")));
    }

    @Test
    void aBrokenFileShowsWhatIsWrongAndSavesNothing(FxRobot robot) throws Exception {
        awaitIdle(robot);
        ComboBox<?> choice = robot.lookup("#bodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> choice.getItems().size() == 2);
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        nextFile.set(file);
        robot.clickOn("Тоқсан сайынғы қосымша");
        ComboBox<?> body = robot.lookup("#bodyChoice").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(0));
        robot.clickOn("#importButton");
        awaitIdle(robot);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Ештеңе сақталған жоқ")
                .contains("broken.xlsx");
        assertThat(robot.lookup("#confirmButton").queryButton().isDisabled()).isTrue();
        assertThat(kuzet.annexes().submittedBodyCodes(kz.kuzet.testing.Actors.SYSTEM, "2026-Q3")).isEmpty();
    }

    @Test
    void aStateBodyIsEditedWithItsErrorsShownAndSaved(FxRobot robot) throws Exception {
        TableView<?> bodies = robot.lookup("#bodiesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bodies.getItems().size() == 2);
        robot.interact(() -> bodies.getSelectionModel().select(0));
        TextField email = robot.lookup("#contactEmailField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "MF".equals(
                robot.lookup("#codeField").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).isEditable()).isFalse();

        robot.interact(() -> email.setText("not an address"));
        robot.clickOn("#saveBodyButton");
        Label status = robot.lookup("#bodyStatusLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        assertThat(status.getText()).startsWith("Сақталмады").contains("e-mail");
        assertThat(kuzet.bodies().find(kz.kuzet.testing.Actors.SYSTEM, "MF").orElseThrow().form().contactEmail()).isNull();

        robot.interact(() -> email.setText("soc@minfin.gov.kz"));
        robot.clickOn("#saveBodyButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("MF сақталды"));
        assertThat(kuzet.bodies().find(kz.kuzet.testing.Actors.SYSTEM, "MF").orElseThrow().form().contactEmail()).isEqualTo("soc@minfin.gov.kz");
    }

    @Test
    void aCoordinatorSeesOnlyTheirBodyAndCannotImport(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        kz.kuzet.security.Actor coordinator = kz.kuzet.security.Actor.user("demo.coordinator.mf",
                kz.kuzet.security.Role.COORDINATOR, kuzet.bodies().find(kz.kuzet.testing.Actors.SYSTEM, "MF").orElseThrow().id(), "MF");
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(RegistryView.load(kuzet, coordinator, "ru", background), 1000, 700));
            stage[0].show();
        });
        TableView<?> bodies = robot.from(stage[0].getScene().getRoot()).lookup("#bodiesTable")
                .queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bodies.getItems().size() == 1);
        assertThat(robot.from(stage[0].getScene().getRoot()).lookup("#importButton").queryButton().isDisabled())
                .isTrue();
        assertThat(robot.from(stage[0].getScene().getRoot()).lookup("#saveBodyButton").queryButton().isDisabled())
                .isTrue();
        robot.interact(() -> stage[0].close());
    }

    /** Waits until the background work (and any work it chains, like the reload after saving) is done. */
    private static void awaitIdle(FxRobot robot) throws Exception {
        Node busy = robot.lookup("#busyIndicator").query();
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !busy.isVisible())
                    .get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
