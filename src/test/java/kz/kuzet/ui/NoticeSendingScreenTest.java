package kz.kuzet.ui;

import static kz.kuzet.testing.Actors.SYSTEM;
import static kz.kuzet.testing.Actors.lead;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeSettings;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.console.Screen;
import kz.kuzet.ui.console.Views;
import kz.kuzet.ui.outbox.OutboxModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "Prepare the notice and deliver it" tells the truth about the e-mail: sent and when, or waiting in the outbox
 * with the reason, the next try and what to do; the status bar counts the waiting notices and opens the outbox on
 * the Reports screen, where "Retry now" sends them.
 */
class NoticeSendingScreenTest extends ConsoleFxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private FxRobot robot;
    private ConsoleWindow window;

    @Test
    void aRefusedMailSaysWhyAndWaitsInTheOutboxUntilRetryNowSendsIt(FxRobot fx) throws Exception {
        robot = fx;
        long id = knbRecord(closedPort());
        window = openConsole(robot, "lead1", "en");
        sendKnbNoticeFromTheRecord(id);

        Note note = window.openRecord().noteProperty().get();
        assertThat(note.kind()).isEqualTo(Note.Kind.WARNING);
        assertThat(note.key()).isEqualTo("notice.outcome.queued");
        String said = shown("#noteLabel");
        String number = kuzet.notices().forRecord(SYSTEM, id).get(0).registrationNumber();
        assertThat(said).contains("Notice " + number + " is registered but NOT sent",
                "the mail server could not be reached", "The deadline clock keeps running",
                "tried again automatically at " + Views.time(T0.plus(Duration.ofMinutes(1))),
                "check the SMTP settings", "by hand or through the e-document system", "SMTP 127.0.0.1:");
        assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().facts().knbNoticeSent()).isNull();

        // the change feed (polled every second) tells the outbox a notice changed
        window.console().pollNow();
        settle();
        snapshot(robot, stage.getScene(), "record-notice-queued");
        Hyperlink link = robot.lookup("#outboxLink").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("1 notice waits to be sent");
        robot.clickOn(link);
        settle();
        assertThat(window.screenProperty().get()).isEqualTo(Screen.REPORTS);
        @SuppressWarnings("unchecked")
        TableView<OutboxModel.Row> table = robot.lookup("#outboxTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.registrationNumber()).isEqualTo(number);
            assertThat(r.recordId()).isEqualTo(id);
            assertThat(r.recipients()).isEqualTo("knb@knb.kz");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).startsWith("SMTP 127.0.0.1:");
            assertThat(r.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        });
        Button retry = robot.lookup("#outboxRetryButton").queryAs(Button.class);
        assertThat(retry.isDisabled()).as("nothing chosen yet").isTrue();
        snapshot(robot, stage.getScene(), "outbox-waiting");

        // the administrator fixes the mail server; the analyst does not wait for the automatic retry
        kuzet.notices().settings().put(SYSTEM, "smtp.port", Integer.toString(SMTP.getSmtp().getPort()));
        clock.advance(Duration.ofSeconds(20));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(retry);
        settle();

        assertThat(window.outbox().noteProperty().get().key()).isEqualTo("notice.outcome.sent");
        assertThat(shown("#outboxStatus")).contains("Notice " + number + " was e-mailed at "
                + Views.time(T0.plusSeconds(20)));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(table.getItems()).isEmpty();
        assertThat(link.isVisible()).isFalse();
        assertThat(kuzet.records().find(SYSTEM, id).orElseThrow().facts().knbNoticeSent())
                .isEqualTo(T0.plusSeconds(20));
        snapshot(robot, stage.getScene(), "outbox-after-retry");
    }

    @Test
    void aMailTheServerTakesIsSentAndTheNoteSaysWhenTheClockStopped(FxRobot fx) throws Exception {
        robot = fx;
        long id = knbRecord(SMTP.getSmtp().getPort());
        window = openConsole(robot, "lead1", "en");
        clock.advance(Duration.ofMinutes(12));
        sendKnbNoticeFromTheRecord(id);

        Note note = window.openRecord().noteProperty().get();
        assertThat(note.kind()).isEqualTo(Note.Kind.INFO);
        String number = kuzet.notices().forRecord(SYSTEM, id).get(0).registrationNumber();
        assertThat(shown("#noteLabel")).isEqualTo("Notice " + number + " was e-mailed at "
                + Views.time(T0.plus(Duration.ofMinutes(12)))
                + " (UTC+5): that instant is recorded as its sending and stops the deadline clock.");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("knb@knb.kz");
        assertThat(((Multipart) received[0].getContent()).getBodyPart(1).getFileName()).endsWith(".pdf");
        var facts = kuzet.records().find(SYSTEM, id).orElseThrow().facts();
        assertThat(facts.knbNoticeSent()).isEqualTo(T0.plus(Duration.ofMinutes(12)));
        assertThat(RegulationClocks.evaluate(facts, clock.instant()).get(ClockName.KNB_NOTICE).state())
                .isEqualTo(ClockState.MET);
        assertThat(robot.lookup("#outboxLink").queryAs(Hyperlink.class).isVisible()).isFalse();
    }

    @Test
    void someoneWhoMayNotSendSeesTheOutboxButCannotRetry(FxRobot fx) throws Exception {
        robot = fx;
        long id = knbRecord(closedPort());
        long noticeId = kuzet.notices().create(lead("lead1"), id, NoticeKind.KNB,
                kz.kuzet.notice.NoticeLanguage.RU, null).noticeId();
        kuzet.notices().send(lead("lead1"), noticeId);
        window = openConsole(robot, Actor.user("aud", Role.AUDITOR, null, null), "ru");
        robot.interact(() -> window.screenProperty().set(Screen.REPORTS));
        settle();

        assertThat(robot.lookup("#outboxLink").queryAs(Hyperlink.class).getText())
                .isEqualTo("Ждут отправки уведомлений: 1");
        assertThat(robot.lookup("#outboxTable").queryAs(TableView.class).getItems()).hasSize(1);
        Button retry = robot.lookup("#outboxRetryButton").queryAs(Button.class);
        robot.interact(() -> robot.lookup("#outboxTable").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(retry.isDisabled()).isTrue();
        assertThat(retry.getText()).isEqualTo("Повторить сейчас");
    }

    /** An event detected a minute before T0, KNB's address and the mail server (at the given port) set. */
    private long knbRecord(int smtpPort) {
        NoticeSettings s = kuzet.notices().settings();
        s.put(SYSTEM, "smtp.host", "127.0.0.1");
        s.put(SYSTEM, "smtp.port", Integer.toString(smtpPort));
        s.put(SYSTEM, "smtp.security", "none");
        s.put(SYSTEM, "smtp.from", "nccc@sts.kz");
        s.put(SYSTEM, "notice.knb.email", "knb@knb.kz");
        s.put(SYSTEM, "notice.signer.name", "Ахметов Б.");
        s.put(SYSTEM, "notice.signer.position", "Директор НКЦ");
        return kuzet.triage().classify(lead("lead"), List.of(fixture.detection("7101", T0.minusSeconds(60))),
                RecordKind.EVENT).get(0);
    }

    private void sendKnbNoticeFromTheRecord(long id) {
        robot.interact(() -> window.openRecord(id));
        settle();
        Node root = window.view().recordView().root();
        robot.interact(() -> {
            robot.from(root).lookup("#actionTabs").queryAs(TabPane.class).getSelectionModel().select(5);
            robot.from(root).lookup("#noticeKindBox").queryAs(ComboBox.class).setValue(NoticeKind.KNB);
        });
        robot.clickOn(robot.from(root).lookup("#sendNoticeButton").queryAs(Node.class));
        settle();
    }

    private String shown(String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        assertThat(label.isVisible()).as(id + " is shown").isTrue();
        return label.getText();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
