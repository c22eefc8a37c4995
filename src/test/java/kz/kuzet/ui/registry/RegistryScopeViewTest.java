package kz.kuzet.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ObjectRegistry.NewObject;
import kz.kuzet.registry.ObjectRegistry.ObjectView;
import kz.kuzet.registry.RegistryFixtures;
import kz.kuzet.registry.ScopeExclusion;
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

/**
 * The registry's event logs and collection systems, monitoring scope and outdated operating systems
 * (R-12.d) tabs, in Kazakh, in a real (headless) stage over a real database.
 */
@ExtendWith(ApplicationExtension.class)
class RegistryScopeViewTest {

    private static final int COLLECTION = 5;
    private static final int SCOPE = 6;
    private static final int OUTDATED = 7;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-scope-test");
        t.setDaemon(true);
        return t;
    });
    private Kuzet kuzet;
    private long dc;

    @Start
    void start(Stage stage) {
        kuzet = Kuzet.open(DatabaseSettings.inMemory("registry_scope_" + System.nanoTime()), clock);
        RegistryFixtures.body(kuzet, "MF");
        RegistryFixtures.body(kuzet, "MOJ");
        Actor setup = Actor.system("setup");
        dc = kuzet.objects().register(setup, new NewObject("MF", Contour.INTERNAL, "Қазынашылық", "1", "Ким",
                "mf-dc-01", "10.20.0.5", "Windows Server 2008 R2"), null, null);
        kuzet.objects().register(setup, new NewObject("MF", Contour.INTERNAL, "Кеңсе", "2", "Ли", "mf-ws-07",
                "10.20.0.7", "Windows 7 SP1"), null, null);
        kuzet.objects().register(setup, new NewObject("MF", Contour.EXTERNAL, "Кеңсе", "2", "Ли", "mf-web-01",
                "10.21.0.2", "Windows Server 2022"), null, null);
        kuzet.objects().register(setup, new NewObject("MOJ", Contour.INTERNAL, "ДЦ", "1", "Ким", "moj-db-01",
                "10.30.0.9", "CentOS 7"), null, null);
        RegistryScreens screens = new RegistryScreens(kuzet, Actor.user("lead", Role.SHIFT_LEAD, null, null), "kk",
                background, null);
        stage.setScene(new Scene(screens.view("kk"), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        kuzet.close();
    }

    private void showTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private ObjectView object(long id) {
        return kuzet.objects().get(Actors.SYSTEM, id);
    }

    @Test
    void outdatedOperatingSystemsAreListedPerBodySortedAndFiltered(FxRobot robot) throws Exception {
        showTab(robot, OUTDATED);
        @SuppressWarnings("unchecked")
        TableView<OutdatedOsViewModel.Row> table = robot.lookup("#osTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(r -> r.object().hostName())
                .containsExactlyInAnyOrder("mf-dc-01", "mf-ws-07", "moj-db-01");
        OutdatedOsViewModel.Row first = table.getItems().stream().filter(r -> r.object().hostName()
                .equals("mf-dc-01")).findFirst().orElseThrow();
        assertThat(first.bodyCode()).isEqualTo("MF");
        assertThat(first.object().department()).isEqualTo("Қазынашылық");
        assertThat(first.object().endOfSupport()).isBefore(java.time.LocalDate.of(2026, 11, 20));
        assertThat(robot.lookup("#osSummaryLabel").queryAs(Label.class).getText()).startsWith("2026-11-20")
                .contains("4 объект тексерілді");

        @SuppressWarnings("unchecked")
        TableColumn<OutdatedOsViewModel.Row, Number> days = (TableColumn<OutdatedOsViewModel.Row, Number>)
                table.getColumns().get(6);
        robot.interact(() -> {
            days.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(days);
        });
        assertThat(table.getItems()).extracting(r -> r.object().daysPast())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        robot.clickOn("#osFilterField").write("MOJ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(r -> r.object().hostName()).containsExactly("moj-db-01");
    }

    @Test
    void eventLogsAndCollectionSystemsAreAddedWithTheirErrorsInTheUsersLanguage(FxRobot robot) throws Exception {
        showTab(robot, COLLECTION);
        ComboBox<String> body = combo(robot, "#collectionBodyChoice");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> body.getItems().size() == 2);
        robot.interact(() -> body.setValue("MF"));
        ComboBox<ObjectView> object = combo(robot, "#logObjectChoice");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> object.getItems().size() == 3);
        Label logStatus = robot.lookup("#logStatusLabel").queryAs(Label.class);

        robot.clickOn("#logNameField").write("Security").type(KeyCode.ENTER);
        assertThat(logStatus.getText()).isEqualTo("Сақталмады: объектіні таңдаңыз (мониторинг аясынан тыс "
                + "объектілерді таңдауға болмайды).");
        assertThat(object.getStyleClass()).contains("field-invalid");
        robot.interact(() -> object.setValue(object.getItems().stream().filter(o -> o.id() == dc).findFirst()
                .orElseThrow()));
        robot.clickOn("#logNameField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kuzet.supportWork().eventLogs(Actors.SYSTEM, "MF")
                .size() == 1);
        TableView<?> logs = robot.lookup("#eventLogsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> logs.getItems().size() == 1);
        assertThat(logStatus.getText()).isEqualTo("mf-dc-01 объектісінің «Security» журналы қосылды.");
        TextField logName = robot.lookup("#logNameField").queryAs(TextField.class);
        assertThat(logName.getText()).isNullOrEmpty();
        robot.clickOn(logName).write("auth.log").type(KeyCode.ESCAPE);
        assertThat(logName.getText()).isNullOrEmpty();

        Label collectorStatus = robot.lookup("#collectorStatusLabel").queryAs(Label.class);
        robot.clickOn("#collectorProductField").write("NCCC collector").type(KeyCode.ENTER);
        assertThat(collectorStatus.getText()).isEqualTo("Сақталмады: жинау жүйесінің желілік атауын немесе "
                + "IP-мекенжайын көрсетіңіз.");
        robot.clickOn("#collectorIpField").write("10.20.250.999").type(KeyCode.ENTER);
        assertThat(robot.lookup("#collectorIpField").queryAs(TextField.class).getStyleClass())
                .contains("field-invalid");
        assertThat(kuzet.supportWork().collectors(Actors.SYSTEM, Optional.of("MF"))).isEmpty();
        TextField ip = robot.lookup("#collectorIpField").queryAs(TextField.class);
        robot.interact(() -> ip.setText("10.20.250.2"));
        robot.clickOn(ip).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kuzet.supportWork().collectors(Actors.SYSTEM,
                Optional.of("MF")).size() == 1);
        assertThat(kuzet.supportWork().collectors(Actors.SYSTEM, Optional.of("MF")).get(0).product())
                .isEqualTo("NCCC collector");
        TableView<?> collectors = robot.lookup("#collectorsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> collectors.getItems().size() == 1);
        robot.clickOn("#collectionFilterField").write("auth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logs.getItems()).isEmpty();
        assertThat(collectors.getItems()).isEmpty();
    }

    @Test
    void anObjectIsMarkedOutOfScopeOnlyOnceConfirmedAndBroughtBack(FxRobot robot) throws Exception {
        showTab(robot, SCOPE);
        ComboBox<String> body = combo(robot, "#scopeBodyChoice");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> body.getItems().size() == 2);
        robot.interact(() -> body.setValue("MF"));
        @SuppressWarnings("unchecked")
        TableView<ObjectView> table = robot.lookup("#scopeTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream().filter(o -> o.id() == dc)
                .findFirst().orElseThrow()));
        Label status = robot.lookup("#scopeStatusLabel").queryAs(Label.class);

        robot.clickOn("#excludeButton");
        assertThat(status.getText()).isEqualTo("Сақталмады: R-5 қолданылатын тармақшасын таңдаңыз.");
        ComboBox<ScopeExclusion> clause = combo(robot, "#scopeClauseChoice");
        robot.interact(() -> clause.setValue(ScopeExclusion.STATE_SECRETS));
        robot.clickOn("#excludeButton");
        assertThat(status.getText()).startsWith("Сақталмады: объектінің мониторинг аясынан тыс болу себебін");
        assertThat(robot.lookup("#scopeReasonArea").queryAs(TextArea.class).getStyleClass())
                .contains("field-invalid");

        robot.clickOn("#scopeReasonArea").write("ҰҚК хаты № 12/345");
        robot.clickOn("#excludeButton");
        DialogPane dialog = confirmation(robot);
        assertThat(dialog.getContentText()).startsWith("mf-dc-01 мониторингтелмейтін объект ретінде белгіленсін бе")
                .contains("R-5(1)");
        robot.clickOn(dialog.lookupButton(button(dialog, "Жоқ")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(object(dc).exclusion()).isNull();

        robot.clickOn("#excludeButton");
        dialog = confirmation(robot);
        robot.clickOn(dialog.lookupButton(button(dialog, "Иә, өзгерту")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> object(dc).exclusion() != null);
        assertThat(object(dc).exclusion()).isEqualTo(ScopeExclusion.STATE_SECRETS);
        assertThat(object(dc).reason()).isEqualTo("ҰҚК хаты № 12/345");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "mf-dc-01 мониторинг аясынан шығарылды."
                .equals(status.getText()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(
                o -> o.id() == dc && o.exclusion() != null));

        robot.clickOn("#includeButton");
        dialog = confirmation(robot);
        robot.clickOn(dialog.lookupButton(button(dialog, "Иә, өзгерту")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> object(dc).exclusion() == null);
        long changes = kuzet.tx().read(em -> em.createQuery("select count(a) from AuditEntry a where a.action ="
                + " 'object.scope' and a.actor = 'lead'", Long.class).getSingleResult());
        assertThat(changes).isEqualTo(2);
    }

    private static DialogPane confirmation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scopeConfirmDialog").tryQuery()
                .isPresent());
        return robot.lookup("#scopeConfirmDialog").queryAs(DialogPane.class);
    }

    private static ButtonType button(DialogPane dialog, String text) {
        return dialog.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
