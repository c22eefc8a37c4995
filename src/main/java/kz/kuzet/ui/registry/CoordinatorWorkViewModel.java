package kz.kuzet.ui.registry;

import java.time.Clock;
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
import kz.kuzet.registry.CoordinatorActivityKind;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.SupportWorkService.ActivityView;
import kz.kuzet.security.Actor;

/**
 * The coordinator's work at one state body: recommendations on infrastructure and documentation, awareness
 * activities; listed per body and recorded off the FX thread.
 */
public final class CoordinatorWorkViewModel {

    private final SupportWorkService work;
    private final Executor background;
    private final FormText text;
    private final Actor actor;
    private final Clock clock;

    private final StringProperty body = new SimpleStringProperty();
    private final ObservableList<ActivityView> activities = FXCollections.observableArrayList();
    private final ObjectProperty<CoordinatorActivityKind> kind =
            new SimpleObjectProperty<>(CoordinatorActivityKind.INFRASTRUCTURE_RECOMMENDATION);
    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;

    public CoordinatorWorkViewModel(SupportWorkService work, Executor background, FormText text, Actor actor,
            Clock clock) {
        this.work = work;
        this.background = background;
        this.text = text;
        this.actor = actor;
        this.clock = clock;
        this.saving = new BackgroundSave(background, text, busy, message);
        clear();
        body.addListener((o, was, is) -> load());
    }

    /** Lists the chosen body's activities. */
    public void load() {
        String b = body.get();
        if (b == null) {
            activities.clear();
            return;
        }
        busy.set(true);
        background.execute(() -> {
            try {
                List<ActivityView> list = work.activities(actor, b);
                Platform.runLater(() -> {
                    busy.set(false);
                    if (b.equals(body.get())) {
                        activities.setAll(list);
                    }
                });
            } catch (RuntimeException e) {
                saving.loadFailed(e);
            }
        });
    }

    /** An empty form (Esc). */
    public void clear() {
        kind.set(CoordinatorActivityKind.INFRASTRUCTURE_RECOMMENDATION);
        doneOn.set(LocalDate.now(clock.withZone(kz.kuzet.registry.AnnexService.ZONE)));
        author.set(null);
        description.set(null);
        invalidField.set(null);
    }

    public void save() {
        invalidField.set(null);
        String b = body.get();
        if (b == null) {
            invalid("body", "sensor.error.body");
            return;
        }
        if (kind.get() == null || doneOn.get() == null) {
            invalid("date", "coordinator.error.date");
            return;
        }
        if (description.get() == null || description.get().isBlank()) {
            invalid("description", "coordinator.error.description");
            return;
        }
        if (description.get().trim().length() > 4000) {
            invalid("description", "work.error.notes");
            return;
        }
        CoordinatorActivityKind k = kind.get();
        LocalDate d = doneOn.get();
        String a = author.get();
        String what = description.get();
        saving.run(() -> work.recordActivity(actor, b, k, d, a, what), () -> {
            clear();
            message.set(text.get("coordinator.saved"));
            load();
        });
    }

    private void invalid(String field, String key) {
        invalidField.set(field);
        message.set(text.get("form.notSaved", text.get(key)));
    }

    public StringProperty bodyProperty() { return body; }
    public ObservableList<ActivityView> activities() { return activities; }
    public ObjectProperty<CoordinatorActivityKind> kindProperty() { return kind; }
    public ObjectProperty<LocalDate> doneOnProperty() { return doneOn; }
    public StringProperty authorProperty() { return author; }
    public StringProperty descriptionProperty() { return description; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty invalidFieldProperty() { return invalidField; }
}
