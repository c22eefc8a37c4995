package kz.kuzet.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoginDialogTest {

    private Kuzet kuzet;
    private final AtomicReference<Actor> loggedIn = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        kuzet = TestEngine.H2.open(Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC));
        kuzet.users().createFirstAdministrator("root", null, "root's password!".toCharArray());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        LoginDialog.show(kuzet.authenticator(), LoginDialog.bundle(Locale.ENGLISH), loggedIn::set, () -> { });
    }

    @AfterEach
    void close() {
        kuzet.close();
    }

    @Test
    void aWrongPasswordIsRefusedWithItsReasonAndTheRightOneLogsIn(FxRobot robot) throws Exception {
        robot.clickOn("#loginUser").write("root");
        robot.clickOn("#loginPassword").write("wrong password");
        robot.clickOn("Log in");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#loginProblem").queryLabeled().getText()
                .startsWith("Log-in refused"));
        assertThat(robot.lookup("#loginProblem").queryLabeled().getText())
                .isEqualTo("Log-in refused: Wrong user name or password.");
        assertThat(robot.lookup("#loginPassword").queryTextInputControl().getText()).isEmpty();
        assertThat(loggedIn.get()).isNull();

        robot.clickOn("#loginPassword").write("root's password!");
        robot.clickOn("Log in");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> loggedIn.get() != null);
        assertThat(loggedIn.get().name()).isEqualTo("root");
        assertThat(loggedIn.get().role()).isEqualTo(Role.ADMINISTRATOR);
    }
}
