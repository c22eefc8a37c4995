package kz.kuzet.ui.record;

import java.time.Instant;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.ui.console.Note;

/**
 * What the record view shows, wherever the record comes from: the live database ({@link RecordModel}) or a signed
 * package opened offline.
 */
public interface RecordPage {

    /** The record; null while it loads. */
    ObservableObjectValue<RecordDetail> detailProperty();

    /** The instant the clocks are counted at: "now" for a live record, the export instant for a package. */
    ObservableValue<Instant> clocksAt();

    /** A message for the analyst (or none). */
    ObservableObjectValue<Note> noteProperty();

    /** A warning that someone else changed the record (or none). */
    ObservableObjectValue<Note> conflictProperty();
}
