package kz.kuzet.ui.outbox;

import java.util.Locale;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.console.Views;

/**
 * What became of one e-mailing, as a note for the analyst: sent and when (the instant that stops the clock), or
 * waiting in the outbox with the reason in plain words, the next automatic try and what to do meanwhile.
 */
public final class SendOutcome {

    private SendOutcome() {
    }

    /** {@code result} null: another workstation holds the message and is sending it right now. */
    public static Note of(String registrationNumber, NoticeService.SendResult result) {
        if (result == null) {
            return Note.info("notice.outcome.busy", registrationNumber);
        }
        if (result.outcome() == NoticeService.Outcome.SENT) {
            return Note.info("notice.outcome.sent", registrationNumber, Views.time(result.sentAt()));
        }
        return Note.warning("notice.outcome.queued", registrationNumber, reason(result.error()),
                Views.time(result.nextAttemptAt()), result.error());
    }

    /** The SMTP error the outbox keeps, said in plain words. */
    public static Note reason(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        String key;
        if (e.contains("authentication") || e.contains("535") || e.contains("auth ")) {
            key = "auth";
        } else if (e.contains("certificate") || e.contains("pkix") || e.contains("ssl") || e.contains("tls")
                || e.contains("handshake")) {
            key = "tls";
        } else if (e.contains("timed out") || e.contains("timeout exceeded")) {
            key = "timeout";
        } else if (e.contains("connection refused") || e.contains("couldn't connect") || e.contains("unknown host")
                || e.contains("unknownhost") || e.contains("no route to host") || e.contains("unreachable")) {
            key = "unreachable";
        } else if (e.contains("invalid addresses") || e.contains("recipient") || e.contains("550")
                || e.contains("553")) {
            key = "recipient";
        } else {
            key = "other";
        }
        return Note.info("smtp.reason." + key);
    }
}
