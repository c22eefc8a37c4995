package kz.kuzet.ui.registry;

import java.util.List;
import java.util.Locale;
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
import kz.kuzet.registry.ScopeExclusion;
import kz.kuzet.security.Actor;

/**
 * R-5 in the console: a state body's objects with their monitoring scope; an object is marked out of scope with
 * its clause and reason, or brought back, each only after the user confirmed the question {@link #askExclude} or
 * {@link #askInclude} gives. The service checks the right and audits the change.
 */
public final class ScopeViewModel {

    private final ObjectRegistry registry;
    private final Executor background;
    private final FormText text;
    private final Actor actor;
    private final Runnable changed;

    private final StringProperty body = new SimpleStringProperty();
    private final ObservableList<ObjectView> objects = FXCollections.observableArrayList();
    private final ObjectProperty<ObjectView> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ScopeExclusion> exclusion = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;

    /** {@code changed} runs after a change is saved (the other lists that depend on scope reload). */
    public ScopeViewModel(ObjectRegistry registry, Executor background, FormText text, Actor actor, Runnable changed) {
        this.registry = registry;
        this.background = background;
        this.text = text;
        this.actor = actor;
        this.changed = changed;
        this.saving = new BackgroundSave(background, text, busy, message);
        body.addListener((o, was, is) -> load());
        selected.addListener((o, was, is) -> {
            exclusion.set(is == null ? null : is.exclusion());
            reason.set(is == null ? null : is.reason());
            invalidField.set(null);
        });
    }

    /** Lists the chosen body's objects. */
    public void load() {
        String b = body.get();
        if (b == null) {
            objects.clear();
            return;
        }
        background.execute(() -> {
            try {
                List<ObjectView> list = registry.list(actor, b);
                Platform.runLater(() -> {
                    if (b.equals(body.get())) {
                        Long keep = selected.get() == null ? null : selected.get().id();
                        objects.setAll(list);
                        selected.set(list.stream().filter(o -> keep != null && o.id() == keep).findFirst()
                                .orElse(null));
                    }
                });
            } catch (RuntimeException e) {
                saving.loadFailed(e);
            }
        });
    }

    /** Esc: the form as the selected object has it. */
    public void reset() {
        ObjectView o = selected.get();
        exclusion.set(o == null ? null : o.exclusion());
        reason.set(o == null ? null : o.reason());
        invalidField.set(null);
        message.set("");
    }

    /** The question to confirm before marking the selected object out of scope; null (and why) when not ready. */
    public String askExclude() {
        invalidField.set(null);
        ObjectView o = selected.get();
        if (o == null) {
            return invalid("object", "scope.error.object");
        }
        if (exclusion.get() == null) {
            return invalid("clause", "scope.error.clause");
        }
        String why = reason.get() == null ? "" : reason.get().trim();
        if (why.isEmpty()) {
            return invalid("reason", "scope.error.reason");
        }
        if (why.length() > 500) {
            return invalid("reason", "scope.error.reasonLong");
        }
        return text.get("scope.confirm.exclude", EventLogsViewModel.host(o), clause(exclusion.get()));
    }

    /** The question to confirm before bringing the selected object back into scope; null (and why) when not. */
    public String askInclude() {
        invalidField.set(null);
        ObjectView o = selected.get();
        if (o == null) {
            return invalid("object", "scope.error.object");
        }
        if (o.exclusion() == null) {
            return invalid("object", "scope.error.inScope");
        }
        return text.get("scope.confirm.include", EventLogsViewModel.host(o));
    }

    /** Marks the selected object out of scope (after {@link #askExclude} was confirmed). */
    public void exclude() {
        apply(exclusion.get(), reason.get().trim(), "scope.excluded");
    }

    /** Brings the selected object back into scope (after {@link #askInclude} was confirmed). */
    public void include() {
        apply(null, null, "scope.included");
    }

    private void apply(ScopeExclusion clause, String why, String doneKey) {
        ObjectView o = selected.get();
        saving.run(() -> registry.setExclusion(actor, o.id(), o.version(), clause, why), () -> {
            message.set(text.get(doneKey, EventLogsViewModel.host(o)));
            load();
            changed.run();
        });
    }

    /** "R-5(1) …" in the user's language. */
    String clause(ScopeExclusion e) {
        return text.get("scope.clause." + e.name().toLowerCase(Locale.ROOT));
    }

    private String invalid(String field, String key) {
        invalidField.set(field);
        message.set(text.get("form.notSaved", text.get(key)));
        return null;
    }

    public StringProperty bodyProperty() { return body; }
    public ObservableList<ObjectView> objects() { return objects; }
    public ObjectProperty<ObjectView> selectedProperty() { return selected; }
    public ObjectProperty<ScopeExclusion> exclusionProperty() { return exclusion; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty invalidFieldProperty() { return invalidField; }
}
