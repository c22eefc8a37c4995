package kz.kuzet.ui.outbox;

import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.notice.OutboxMessage;
import kz.kuzet.security.Permission;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;

/**
 * The notices waiting in the outbox that the analyst may see, read again whenever a notice changes anywhere (the
 * change feed: a send, a failure, a retry by the console's retrier or another workstation), and "Retry now".
 */
public final class OutboxModel {

    /** One waiting notice as the list shows it. */
    public record Row(long noticeId, String registrationNumber, long recordId, String recipients, int attempts,
            String lastError, Instant nextAttemptAt) {

        static Row of(OutboxMessage m) {
            return new Row(m.getNotice().getId(), m.getNotice().getRegistrationNumber(),
                    m.getNotice().getRecord().getId(), m.getRecipients(), m.getAttempts(), m.getLastError(),
                    m.getNextAttemptAt());
        }
    }

    private final ConsoleModel console;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();

    public OutboxModel(ConsoleModel console) {
        this.console = console;
        console.onChanges(changes -> {
            if (changes.stream().anyMatch(c -> c.entity().equals("notice"))) {
                refresh();
            }
        });
        console.onReconnect(this::refresh);
    }

    /** Reads the waiting notices again (off the JavaFX thread). */
    public void refresh() {
        if (console.kuzet() == null || console.actor() == null) {
            return;
        }
        console.submit(() -> console.kuzet().notices().pendingOutbox(console.actor()).stream().map(Row::of)
                .toList(), this::show, e -> note.set(Note.error("outbox.error", ConsoleModel.rootMessage(e))));
    }

    private void show(List<Row> read) {
        rows.setAll(read);
        waiting.set(read.size());
    }

    /** Whether the user may retry (the service checks again, for the notice's state body too). */
    public boolean mayRetry() {
        return console.actor() != null && console.actor().may(Permission.NOTICE_SEND);
    }

    /** Tries the notice's message now, whatever its next try; the note says whether it went out, or why not. */
    public void retry(Row row) {
        console.submit(() -> console.kuzet().notices().send(console.actor(), row.noticeId()), result -> {
            note.set(SendOutcome.of(row.registrationNumber(), result));
            refresh();
        }, e -> {
            note.set(Note.error("error.action", ConsoleModel.rootMessage(e)));
            refresh();
        });
    }

    public ObservableList<Row> rows() { return rows; }
    /** How many notices wait (the status bar's indicator). */
    public ReadOnlyIntegerProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    public ObjectProperty<Note> noteProperty() { return note; }
}
