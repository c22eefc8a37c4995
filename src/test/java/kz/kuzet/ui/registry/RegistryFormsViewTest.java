package kz.kuzet.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.SensorState;
import kz.kuzet.registry.SupportWorkService.WorkOrderView;
import kz.kuzet.registry.WorkStatus;
import kz.kuzet.registry.WorkTask;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.testing.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sensor and work order forms in a real (headless) stage over a real database: check, save, edit, move. */
@ExtendWith(ApplicationExtension.class)
class RegistryFormsViewTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-forms-test");
        t.setDaemon(true);
        return t;
    });
    private Kuzet kuzet;
    private RegistryScreens screens;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kuzet = Kuzet.open(DatabaseSettings.inMemory("registry_forms_" + System.nanoTime()), clock);
        RegistryFixtures.body(kuzet, "MF");
        RegistryFixtures.body(kuzet, "MOJ");
        screens = new RegistryScreens(kuzet, Actor.user("lead", Role.SHIFT_LEAD, null, null), "en", background,
                null);
        stage.setScene(new Scene(screens.view("en"), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    private List<SensorView> sensors() {
        return kuzet.sensors().list(Actors.SYSTEM, Optional.empty());
    }

    private List<WorkOrderView> workOrders() {
        return kuzet.supportWork().workOrders(Actors.SYSTEM, Optional.empty(), false);
    }

    private void showTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    @Test
    void aSensorIsCheckedSavedEditedAndMovedToItsNextState(FxRobot robot) throws Exception {
        ComboBox<?> bodies = robot.lookup("#sensorBodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bodies.getItems().size() == 2);
        showTab(robot, 2);
        @SuppressWarnings("unchecked")
        ComboBox<String> body = (ComboBox<String>) bodies;
        robot.interact(() -> body.setValue("MF"));
        robot.clickOn("#vendorField").write("OISF");
        robot.clickOn("#productField").write("Suricata");
        robot.clickOn("#versionField").write("7.0");
        robot.clickOn("#ipField").write("10.20.250.999");
        Label status = robot.lookup("#sensorStatusLabel").queryAs(Label.class);
        robot.clickOn("#modeField").write("detection").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("Not saved: \"10.20.250.999\" is not an IPv4 or IPv6 address "
                + "(e.g. 10.20.250.10).");
        TextField ip = robot.lookup("#ipField").queryAs(TextField.class);
        assertThat(ip.getStyleClass()).contains("field-invalid");
        assertThat(robot.lookup("#vendorField").queryAs(TextField.class).getText()).isEqualTo("OISF");
        assertThat(sensors()).isEmpty();

        robot.interact(() -> ip.setText("10.20.250.10"));
        robot.clickOn(ip).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sensors().size() == 1);
        TableView<?> table = robot.lookup("#sensorsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        SensorView saved = sensors().get(0);
        assertThat(saved.kind()).isEqualTo(SensorKind.IDS_IPS);
        assertThat(saved.state()).isEqualTo(SensorState.PLANNED);
        assertThat(saved.ipAddress()).isEqualTo("10.20.250.10");
        assertThat(status.getText()).isEqualTo("The sensor is saved.");

        robot.interact(() -> table.getSelectionModel().select(0));
        TextField version = robot.lookup("#versionField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "7.0".equals(version.getText()));
        robot.doubleClickOn(version).write("7.0.8").type(KeyCode.ESCAPE);
        assertThat(version.getText()).isEqualTo("7.0");
        robot.doubleClickOn(version).write("7.0.8");
        robot.clickOn("#saveSensorButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "7.0.8".equals(sensors().get(0).productVersion()));

        robot.clickOn("#moveButton");
        robot.clickOn("Make it deployed");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sensors().get(0).state() == SensorState.DEPLOYED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "deployed".equals(
                robot.lookup("#stateLabel").queryAs(Label.class).getText()));
        long changes = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.action like"
                + " 'sensor.%' and a.actor = 'lead'", Long.class).getSingleResult());
        assertThat(changes).isEqualTo(3);
    }

    @Test
    void theNoticeLanguageIsChosenInTheBodyEditorAndSavedWithTheBody(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#bodiesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(0));
        TextField code = robot.lookup("#codeField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "MF".equals(code.getText()));
        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#noticeLanguageChoice").queryAs(ComboBox.class);
        assertThat(language.getValue()).isEqualTo(BodyEditorViewModel.DEFAULT_LANGUAGE);
        assertThat(language.getItems()).extracting(language.getConverter()::toString)
                .containsExactly("As in the notice settings", "Kazakh", "Russian", "Kazakh and Russian");

        robot.clickOn(language);
        robot.clickOn("Kazakh and Russian");
        robot.clickOn("#saveBodyButton");
        long mf = kuzet.bodies().find(Actors.SYSTEM, "MF").orElseThrow().id();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kuzet.notices().languages().ofBody(mf).isPresent());
        assertThat(kuzet.notices().languages().ofBody(mf)).contains(kz.kuzet.notice.NoticeLanguage.BOTH);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#saveBodyButton").queryButton()
                .isDisabled());

        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "MOJ".equals(code.getText()));
        assertThat(language.getValue()).isEqualTo(BodyEditorViewModel.DEFAULT_LANGUAGE);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "both".equals(language.getValue()));
    }

    @Test
    void aWorkOrderIsOpenedThenDoneWithItsDateAndEngineer(FxRobot robot) throws Exception {
        ComboBox<?> bodies = robot.lookup("#workBodyChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bodies.getItems().size() == 2);
        showTab(robot, 3);
        @SuppressWarnings("unchecked")
        ComboBox<String> body = (ComboBox<String>) bodies;
        @SuppressWarnings("unchecked")
        ComboBox<WorkTask> task = robot.lookup("#taskChoice").queryAs(ComboBox.class);
        DatePicker due = robot.lookup("#duePicker").queryAs(DatePicker.class);
        robot.interact(() -> {
            body.setValue("MOJ");
            task.setValue(WorkTask.DEPLOY);
            due.setValue(LocalDate.of(2026, 11, 1));
        });
        robot.clickOn("#engineerField").write("Серікбаев Қанат");
        robot.clickOn("#saveWorkButton");
        Label message = robot.lookup("#workStatusLabel").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Not saved: the due date is before the date the work order was "
                + "opened.");
        assertThat(due.getStyleClass()).contains("field-invalid");
        assertThat(robot.lookup("#engineerField").queryAs(TextField.class).getText()).isEqualTo("Серікбаев Қанат");

        robot.interact(() -> due.setValue(LocalDate.of(2026, 11, 30)));
        robot.clickOn("#engineerField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workOrders().size() == 1);
        WorkOrderView opened = workOrders().get(0);
        assertThat(opened.bodyCode()).isEqualTo("MOJ");
        assertThat(opened.task()).isEqualTo(WorkTask.DEPLOY);
        assertThat(opened.openedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(opened.status()).isEqualTo(WorkStatus.PLANNED);
        assertThat(opened.engineer()).isEqualTo("Серікбаев Қанат");

        TableView<?> table = robot.lookup("#workTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ComboBox<WorkStatus> status = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.isDisabled());
        robot.interact(() -> status.setValue(WorkStatus.DONE));
        robot.clickOn("#notesArea").write("deployed, rules loaded");
        robot.clickOn("#saveWorkButton");
        assertThat(message.getText()).isEqualTo("Not saved: give the date the work was done.");
        robot.interact(() -> robot.lookup("#donePicker").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 21)));
        robot.clickOn("#saveWorkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workOrders().get(0).status() == WorkStatus.DONE);
        WorkOrderView done = workOrders().get(0);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(done.notes()).isEqualTo("deployed, rules loaded");

        robot.clickOn("#openOnlyBox");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void aLanguageSwitchRebuildsTheScreensAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        showTab(robot, 2);
        robot.clickOn("#vendorField").write("Positive Technologies");
        robot.interact(() -> stage.getScene().setRoot(screens.view("kk")));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(3).getText()).isEqualTo("Жұмыс нарядтары");
        assertThat(robot.lookup("#vendorField").queryAs(TextField.class).getText())
                .isEqualTo("Positive Technologies");
        assertThat(robot.lookup("#saveSensorButton").queryAs(Button.class).getText()).isEqualTo("_Сақтау");
        robot.interact(() -> stage.getScene().setRoot(screens.view("ru")));
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs().get(4).getText())
                .isEqualTo("Работа координатора");
    }
}
