package kz.kuzet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.review.OpenPackage;
import kz.kuzet.ui.review.ReviewFixture;
import kz.kuzet.ui.review.ReviewWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open package… in the running console opens the package read-only in a window of its own. */
class OpenPackageScreenTest extends ConsoleFxTest {

    @TempDir
    Path folder;

    @Test
    void ctrlOOpensAPackageInASeparateReadOnlyWindow(FxRobot robot) throws Exception {
        ReviewFixture packages = new ReviewFixture();
        Path trust = Files.createDirectories(folder.resolve("trusted-keys"));
        TrustList.write(trust.resolve(ReviewFixture.SIGNER + ".pub"), ReviewFixture.SIGNER, packages.key.publicKey());
        Path file = packages.valid(folder);
        ConsoleWindow window = openConsole(robot, "analyst1", "en");
        AtomicInteger asked = new AtomicInteger();
        AtomicReference<ReviewWindow> review = new AtomicReference<>();
        OpenPackage open = new OpenPackage(stage, () -> "en", Map.of("KUZET_TRUST_DIR", trust.toString()));
        window.setOpenPackageAction(() -> {
            asked.incrementAndGet();
            review.set(open.open(file));
        });

        MenuBar menu = robot.lookup(".title-menu").queryAs(MenuBar.class);
        assertThat(menu.getMenus().get(0).getText()).isEqualTo("File");
        assertThat(menu.getMenus().get(0).getItems().get(0).getText()).isEqualTo("Open package…");
        snapshot(robot, stage.getScene(), "console-file-menu");

        robot.clickOn("#navRecords");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.get() != null
                && review.get().recordView() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked.get()).isEqualTo(1);
        assertThat(review.get().stage()).isNotSameAs(stage);
        assertThat(robot.from(review.get().stage().getScene().getRoot()).lookup("#readOnlyBanner")
                .queryAs(Label.class).getText()).startsWith("READ-ONLY · OFFLINE · signed by NCCC Astana");
        assertThat(stage.isShowing()).isTrue();
        robot.interact(() -> review.get().stage().close());
    }
}
