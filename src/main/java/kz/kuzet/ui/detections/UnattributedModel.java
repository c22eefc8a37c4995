package kz.kuzet.ui.detections;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.incident.DetectionLine;
import kz.kuzet.incident.ObjectChoice;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;

/** Detections no state body was found for, and attributing one to a monitored object. */
public final class UnattributedModel {

    public static final int LIMIT = 5000;

    private final ConsoleModel console;
    private final ObservableList<DetectionLine> detections = FXCollections.observableArrayList();
    private final ObservableList<ObjectChoice> objects = FXCollections.observableArrayList();
    private final StringProperty objectSearch = new SimpleStringProperty("");
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();

    public UnattributedModel(ConsoleModel console) {
        this.console = console;
        console.onChanges(changes -> {
            if (changes.stream().anyMatch(c -> c.entity().equals("detection"))) {
                refresh();
            }
        });
        console.onReconnect(this::refresh);
    }

    public void refresh() {
        console.submit(() -> console.kuzet().queues().unattributed(console.actor(), LIMIT), detections::setAll,
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    public void searchObjects() {
        String text = objectSearch.get();
        console.submit(() -> console.kuzet().queues().findObjects(console.actor(), text, 200), objects::setAll,
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    public void attribute(DetectionLine detection, ObjectChoice object) {
        if (detection == null || object == null) {
            note.set(Note.warning("unattributed.choose"));
            return;
        }
        console.submit(() -> {
            console.kuzet().triage().attribute(console.actor(), detection.ref(), object.id());
            return object;
        }, o -> {
            note.set(Note.info("unattributed.done", detection.id(), o.hostName(), o.bodyCode()));
            refresh();
        }, e -> {
            note.set(e instanceof ConcurrentChangeException ? Note.warning("conflict.queue")
                    : Note.error("error.action", ConsoleModel.reason(e)));
            refresh();
        });
    }

    public ObservableList<DetectionLine> detections() { return detections; }
    public ObservableList<ObjectChoice> objects() { return objects; }
    public StringProperty objectSearchProperty() { return objectSearch; }
    public ObjectProperty<Note> noteProperty() { return note; }
}
