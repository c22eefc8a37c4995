package kz.kuzet.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.security.OwnerOnlyFiles;
import kz.kuzet.settings.ConsoleSettings;
import kz.kuzet.settings.ConsoleSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real first-run wizard headless, over a real embedded database in a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path home;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicReference<FirstRunModel.Outcome> outcome = new AtomicReference<>();
    private ConsoleSettingsService service;

    @Start
    void start(Stage stage) {
        service = new ConsoleSettingsService(home, CLOCK);
        FirstRunModel model = new FirstRunModel(service, background, false);
        model.start(ConsoleSettings.embedded("en"));
        FirstRunWizard.show(model, stage, outcome::set, () -> { });
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void languageEmbeddedEmptyAndTheFirstAdministratorAreSavedOwnerOnly(FxRobot robot) throws Exception {
        robot.clickOn("#languageRu");
        assertThat(robot.lookup("#nextButton").queryButton().getText()).isEqualTo("Далее");
        robot.clickOn("#nextButton");
        robot.clickOn("#databaseEmbedded");
        assertThat(robot.lookup("#serverUrl").query().isDisabled()).isTrue();
        robot.clickOn("#nextButton");
        robot.clickOn("#dataEmpty");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#adminFields").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#adminUser").write("aigerim.admin");
        robot.clickOn("#adminDisplayName").write("Aigerim");
        robot.clickOn("#adminPassword").write("a long admin pass");
        robot.clickOn("#adminRepeat").write("a long admin pass, mistyped");
        robot.clickOn("#finishButton");
        assertThat(robot.lookup("#problem").queryLabeled().getText()).isEqualTo("Пароли не совпадают.");
        robot.doubleClickOn("#adminRepeat").eraseText(40).write("a long admin pass");
        assertThat(robot.lookup("#adminRepeat").queryTextInputControl().getText()).isEqualTo("a long admin pass");
        robot.clickOn("#finishButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> outcome.get() != null);

        assertThat(outcome.get().settings()).isEqualTo(ConsoleSettings.embedded("ru"));
        Path file = service.file().path();
        assertThat(file).exists();
        assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isTrue();
        assertThat(Files.readString(file)).contains("language=ru").contains("database=embedded");
        try (Kuzet kuzet = Kuzet.open(outcome.get().database(), CLOCK)) {
            assertThat(kuzet.users().needsFirstAdministrator()).isFalse();
            assertThat(kuzet.authenticator().logIn("aigerim.admin", "a long admin pass".toCharArray()).role().id())
                    .isEqualTo("admin");
            assertThat(DemoWorld.isEmpty(kuzet)).isTrue();
        }
    }
}
