package kz.kuzet.ui.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.SupportWorkService.WorkOrderView;
import kz.kuzet.registry.WorkStatus;
import kz.kuzet.registry.WorkTask;
import kz.kuzet.security.Actor;

/**
 * The form of one installation or support work order: opened with its task and dates, then moved
 * through its status with the engineer and notes. Checked here first, saved off the FX thread; a failed save keeps
 * what was typed.
 */
public final class WorkOrderEditorViewModel {

    private final SupportWorkService work;
    private final FormText text;
    private final Actor actor;
    private final Clock clock;
    private final Runnable saved;

    private final StringProperty body = new SimpleStringProperty();
    private final ObjectProperty<Long> sensorId = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkTask> task = new SimpleObjectProperty<>(WorkTask.STUDY);
    private final ObjectProperty<WorkStatus> status = new SimpleObjectProperty<>(WorkStatus.PLANNED);
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();
    private final StringProperty engineer = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;
    private WorkOrderView shown;

    public WorkOrderEditorViewModel(SupportWorkService work, Executor background, FormText text, Actor actor,
            Clock clock, Runnable saved) {
        this.work = work;
        this.text = text;
        this.actor = actor;
        this.clock = clock;
        this.saved = saved;
        this.saving = new BackgroundSave(background, text, busy, message);
        startNew(null);
    }

    public void show(WorkOrderView w) {
        shown = w;
        creating.set(false);
        body.set(w.bodyCode());
        sensorId.set(w.sensorId());
        task.set(w.task());
        status.set(w.status());
        openedOn.set(w.openedOn());
        dueOn.set(w.dueOn());
        doneOn.set(w.doneOn());
        engineer.set(w.engineer());
        notes.set(w.notes());
        message.set("");
        invalidField.set(null);
    }

    public void startNew(String bodyCode) {
        shown = null;
        creating.set(true);
        body.set(bodyCode);
        sensorId.set(null);
        task.set(WorkTask.STUDY);
        status.set(WorkStatus.PLANNED);
        openedOn.set(LocalDate.now(clock.withZone(kz.kuzet.registry.AnnexService.ZONE)));
        dueOn.set(null);
        doneOn.set(null);
        engineer.set(null);
        notes.set(null);
        message.set("");
        invalidField.set(null);
    }

    /** Puts the form back as last loaded (Esc). */
    public void cancel() {
        if (shown != null) {
            show(shown);
        } else {
            startNew(body.get());
        }
    }

    public void save() {
        if (!valid()) {
            return;
        }
        WorkOrderView editing = shown;
        String b = body.get();
        Long sensor = sensorId.get();
        WorkTask t = task.get();
        WorkStatus s = status.get();
        LocalDate opened = openedOn.get();
        LocalDate due = dueOn.get();
        LocalDate done = doneOn.get();
        String who = engineer.get();
        String what = notes.get();
        saving.run(() -> {
            if (editing == null) {
                work.openWorkOrder(actor, b, sensor, t, opened, due, who, what);
            } else {
                work.updateWorkOrder(actor, editing.id(), editing.version(), s, done, who, what);
            }
        }, () -> {
            if (editing == null) {
                startNew(b);
            }
            message.set(text.get("work.saved"));
            saved.run();
        });
    }

    /** After a save the list reloads; an edited order is shown again as stored. */
    public void reselect(List<WorkOrderView> listed) {
        if (shown == null) {
            return;
        }
        listed.stream().filter(w -> w.id() == shown.id()).findFirst().ifPresent(w -> {
            String kept = message.get();
            show(w);
            message.set(kept);
        });
    }

    private boolean valid() {
        invalidField.set(null);
        if (body.get() == null || body.get().isBlank()) {
            return invalid("body", "sensor.error.body");
        }
        if (task.get() == null || status.get() == null) {
            return invalid("task", "work.error.task");
        }
        if (openedOn.get() == null) {
            return invalid("opened", "work.error.opened");
        }
        if (dueOn.get() != null && dueOn.get().isBefore(openedOn.get())) {
            return invalid("due", "work.error.due");
        }
        if (shown != null && status.get() == WorkStatus.DONE && doneOn.get() == null) {
            return invalid("done", "work.error.doneMissing");
        }
        if (doneOn.get() != null && doneOn.get().isBefore(openedOn.get())) {
            return invalid("done", "work.error.doneEarly");
        }
        if (engineer.get() != null && engineer.get().trim().length() > 200) {
            return invalid("engineer", "work.error.engineer");
        }
        if (notes.get() != null && notes.get().trim().length() > 4000) {
            return invalid("notes", "work.error.notes");
        }
        return true;
    }

    private boolean invalid(String field, String key) {
        invalidField.set(field);
        message.set(text.get("form.notSaved", text.get(key)));
        return false;
    }

    public StringProperty bodyProperty() { return body; }
    public ObjectProperty<Long> sensorIdProperty() { return sensorId; }
    public ObjectProperty<WorkTask> taskProperty() { return task; }
    public ObjectProperty<WorkStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> openedOnProperty() { return openedOn; }
    public ObjectProperty<LocalDate> dueOnProperty() { return dueOn; }
    public ObjectProperty<LocalDate> doneOnProperty() { return doneOn; }
    public StringProperty engineerProperty() { return engineer; }
    public StringProperty notesProperty() { return notes; }
    public BooleanProperty creatingProperty() { return creating; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty invalidFieldProperty() { return invalidField; }
}
