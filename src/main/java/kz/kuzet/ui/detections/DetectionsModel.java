package kz.kuzet.ui.detections;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.DetectionGroup;
import kz.kuzet.incident.DetectionQueue;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.ui.clocks.ClockAlarms;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;

/** The new-detections queue: groups most urgent first, and the triage actions on a selection of them. */
public final class DetectionsModel {

    /** How many groups the queue shows at most; the totals count them all. */
    public static final int GROUP_LIMIT = 3000;

    private final ConsoleModel console;
    private final ObservableList<DetectionGroup> groups = FXCollections.observableArrayList();
    private final IntegerProperty totalGroups = new SimpleIntegerProperty();
    private final IntegerProperty totalDetections = new SimpleIntegerProperty();
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();
    private final StringProperty rawText = new SimpleStringProperty("");
    private final StringProperty mergeTarget = new SimpleStringProperty("");
    private long loads;

    public DetectionsModel(ConsoleModel console) {
        this.console = console;
        console.onChanges(changes -> {
            if (changes.stream().anyMatch(c -> c.entity().equals("detection"))) {
                refresh();
            }
        });
        console.onReconnect(this::refresh);
    }

    public void refresh() {
        console.submit(() -> console.kuzet().queues().newDetections(console.actor(), GROUP_LIMIT), this::show,
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    private void show(DetectionQueue q) {
        loads++;
        groups.setAll(q.groups());
        totalGroups.set(q.totalGroups());
        totalDetections.set(q.totalDetections());
        console.watch("detections", q.groups().stream()
                .map(g -> new ClockAlarms.Watched(g.bodyCode() + " · " + label(g), g.facts(),
                        List.of(ClockName.SB_NOTICE, ClockName.KNB_NOTICE)))
                .toList());
    }

    static String label(DetectionGroup g) {
        return (g.hostName() == null ? "—" : g.hostName()) + " · " + g.signatureName();
    }

    /** Classifies the selected groups' detections: one record per state body. */
    public void classify(List<DetectionGroup> selected, RecordKind kind) {
        if (selected.isEmpty()) {
            note.set(Note.warning("triage.none"));
            return;
        }
        List<DetectionGroup.GroupRef> refs = selected.stream().map(DetectionGroup::ref).toList();
        int count = selected.stream().mapToInt(DetectionGroup::count).sum();
        console.submit(() -> console.kuzet().triage().classifyGroups(console.actor(), refs, kind),
                ids -> {
                    note.set(Note.info("triage.done", count, ids.toString()));
                    refresh();
                }, this::failed);
    }

    /** Merges the selected groups' detections into an existing record, by its number. */
    public void mergeInto(List<DetectionGroup> selected, String recordNumber) {
        if (selected.isEmpty()) {
            note.set(Note.warning("triage.none"));
            return;
        }
        long id;
        try {
            id = Long.parseLong(recordNumber.strip().replace("#", ""));
        } catch (NumberFormatException e) {
            note.set(Note.error("triage.merge.bad", recordNumber));
            return;
        }
        List<DetectionGroup.GroupRef> refs = selected.stream().map(DetectionGroup::ref).toList();
        int count = selected.stream().mapToInt(DetectionGroup::count).sum();
        console.submit(() -> {
            long version = console.kuzet().records().find(console.actor(), id)
                    .orElseThrow(() -> new IllegalArgumentException("There is no record " + id + "."))
                    .version();
            return console.kuzet().triage().mergeGroupsInto(console.actor(), new VersionedId(id, version), refs);
        }, v -> {
            note.set(Note.info("triage.merged", count, id));
            mergeTarget.set("");
            refresh();
        }, this::failed);
    }

    public void loadRawText(DetectionGroup group) {
        if (group == null) {
            rawText.set("");
            return;
        }
        long first = group.firstId();
        console.submit(() -> console.kuzet().queues().rawText(console.actor(), first), rawText::set, e -> rawText.set(""));
    }

    private void failed(Throwable e) {
        if (e instanceof ConcurrentChangeException) {
            note.set(Note.warning("conflict.queue"));
        } else {
            note.set(Note.error("error.action", ConsoleModel.reason(e)));
        }
        refresh();
    }

    public ObservableList<DetectionGroup> groups() { return groups; }
    public IntegerProperty totalGroupsProperty() { return totalGroups; }
    public IntegerProperty totalDetectionsProperty() { return totalDetections; }
    public ObjectProperty<Note> noteProperty() { return note; }
    public StringProperty rawTextProperty() { return rawText; }
    public StringProperty mergeTargetProperty() { return mergeTarget; }
    public long loads() { return loads; }
}
