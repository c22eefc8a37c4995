package kz.kuzet.ui.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.registry.ObjectRegistry;
import kz.kuzet.registry.ObjectRegistry.ObjectView;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.SupportWorkService.EventLogView;
import kz.kuzet.security.Actor;

/**
 * .a in the console: the event logs each object of a state body passes to the NCCC, and the form that adds
 * one (checked here first, in the user's language; the service checks again). Loaded and saved off the FX thread.
 */
public final class EventLogsViewModel {

    private final SupportWorkService work;
    private final ObjectRegistry objects;
    private final Executor background;
    private final FormText text;
    private final Actor actor;

    private final StringProperty body = new SimpleStringProperty();
    private final ObservableList<EventLogView> logs = FXCollections.observableArrayList();
    /** The body's objects an event log may be added to: those in monitoring scope. */
    private final ObservableList<ObjectView> inScope = FXCollections.observableArrayList();
    private final ObjectProperty<ObjectView> object = new SimpleObjectProperty<>();
    private final StringProperty logName = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> passedFrom = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;

    public EventLogsViewModel(SupportWorkService work, ObjectRegistry objects, Executor background, FormText text,
            Actor actor) {
        this.work = work;
        this.objects = objects;
        this.background = background;
        this.text = text;
        this.actor = actor;
        this.saving = new BackgroundSave(background, text, busy, message);
        body.addListener((o, was, is) -> {
            object.set(null);
            load();
        });
    }

    /** Lists the chosen body's event logs and its objects in scope. */
    public void load() {
        String b = body.get();
        if (b == null) {
            logs.clear();
            inScope.clear();
            return;
        }
        background.execute(() -> {
            try {
                List<EventLogView> list = work.eventLogs(actor, b);
                List<ObjectView> choice = objects.list(actor, b).stream().filter(o -> o.exclusion() == null)
                        .toList();
                Platform.runLater(() -> {
                    if (b.equals(body.get())) {
                        logs.setAll(list);
                        inScope.setAll(choice);
                    }
                });
            } catch (RuntimeException e) {
                saving.loadFailed(e);
            }
        });
    }

    /** An empty form (Esc); the object stays chosen. */
    public void clear() {
        logName.set(null);
        passedFrom.set(null);
        invalidField.set(null);
        message.set("");
    }

    public void save() {
        invalidField.set(null);
        if (body.get() == null) {
            invalid("body", "sensor.error.body");
            return;
        }
        ObjectView o = object.get();
        if (o == null) {
            invalid("object", "eventLog.error.object");
            return;
        }
        String name = logName.get() == null ? "" : logName.get().trim();
        if (name.isEmpty()) {
            invalid("name", "eventLog.error.name");
            return;
        }
        if (name.length() > 200) {
            invalid("name", "eventLog.error.nameLong");
            return;
        }
        LocalDate from = passedFrom.get();
        saving.run(() -> work.addEventLog(actor, o.id(), name, from), () -> {
            clear();
            message.set(text.get("eventLog.saved", name, host(o)));
            load();
        });
    }

    /** How an object is named in the choice: network name, else IP address. */
    static String host(ObjectView o) {
        return o.hostName() != null ? o.hostName() : o.ipAddress();
    }

    private void invalid(String field, String key) {
        invalidField.set(field);
        message.set(text.get("form.notSaved", text.get(key)));
    }

    public StringProperty bodyProperty() { return body; }
    public ObservableList<EventLogView> logs() { return logs; }
    public ObservableList<ObjectView> objects() { return inScope; }
    public ObjectProperty<ObjectView> objectProperty() { return object; }
    public StringProperty logNameProperty() { return logName; }
    public ObjectProperty<LocalDate> passedFromProperty() { return passedFrom; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty invalidFieldProperty() { return invalidField; }
}
