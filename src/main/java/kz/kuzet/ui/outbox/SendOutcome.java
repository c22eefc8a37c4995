package kz.kuzet.ui.outbox;

import kz.kuzet.notice.DeliveryFailure;
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
        return Note.info("smtp.reason." + DeliveryFailure.of(error).key());
    }
}
