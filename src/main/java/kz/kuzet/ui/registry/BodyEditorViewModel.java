package kz.kuzet.ui.registry;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.registry.StateBodyService;
import kz.kuzet.registry.StateBodyService.BodyForm;
import kz.kuzet.registry.StateBodyService.BodyView;
import kz.kuzet.registry.WorkType;
import kz.kuzet.security.Actor;
import kz.kuzet.store.ConcurrentChangeException;

/**
 * The form of one state body: names, kind, notice contact and the language it reads notices in, monitoring
 * contract; saved off the FX thread.
 */
public final class BodyEditorViewModel {

    /** The notice language choice meaning "none stored: the notice settings' default applies". */
    public static final String DEFAULT_LANGUAGE = "default";
    /** The choices of the notice contact's language, in the order shown. */
    public static final java.util.List<String> NOTICE_LANGUAGES = java.util.List.of(DEFAULT_LANGUAGE, "kk", "ru",
            "both");

    private final StateBodyService bodies;
    private final Executor background;
    private final Supplier<ResourceBundle> text;
    private final Actor actor;
    private final Runnable saved;

    private final StringProperty code = new SimpleStringProperty();
    private final StringProperty nameKk = new SimpleStringProperty();
    private final StringProperty nameRu = new SimpleStringProperty();
    private final ObjectProperty<StateBodyKind> kind = new SimpleObjectProperty<>(StateBodyKind.MINISTRY);
    private final StringProperty contactName = new SimpleStringProperty();
    private final StringProperty contactPosition = new SimpleStringProperty();
    private final StringProperty contactEmail = new SimpleStringProperty();
    private final BooleanProperty installation = new SimpleBooleanProperty();
    private final BooleanProperty support = new SimpleBooleanProperty();
    private final BooleanProperty observation = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> contractStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> contractEnd = new SimpleObjectProperty<>();
    private final StringProperty knbContractRef = new SimpleStringProperty();
    private final StringProperty noticeLanguage = new SimpleStringProperty(DEFAULT_LANGUAGE);
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private long version;

    public BodyEditorViewModel(StateBodyService bodies, Executor background, Supplier<ResourceBundle> text, Actor actor,
            Runnable saved) {
        this.bodies = bodies;
        this.background = background;
        this.text = text;
        this.actor = actor;
        this.saved = saved;
    }

    /** Shows a stored body for editing. */
    public void select(String bodyCode) {
        busy.set(true);
        background.execute(() -> {
            try {
                BodyView view = bodies.find(actor, bodyCode).orElseThrow(() -> new IllegalArgumentException(bodyCode));
                Platform.runLater(() -> {
                    busy.set(false);
                    show(view);
                    status.set("");
                });
            } catch (RuntimeException e) {
                failed(kz.kuzet.text.Explained.of(e, text.get().getLocale()));
            }
        });
    }

    /** An empty form for a new body. */
    public void startNew() {
        version = 0;
        creating.set(true);
        for (StringProperty p : new StringProperty[] {code, nameKk, nameRu, contactName, contactPosition,
                contactEmail, knbContractRef}) {
            p.set(null);
        }
        kind.set(StateBodyKind.MINISTRY);
        installation.set(false);
        support.set(false);
        observation.set(true);
        contractStart.set(null);
        contractEnd.set(null);
        noticeLanguage.set(DEFAULT_LANGUAGE);
        status.set("");
    }

    public void save() {
        BodyForm form = form();
        boolean isNew = creating.get();
        long expected = version;
        busy.set(true);
        background.execute(() -> {
            try {
                if (isNew) {
                    bodies.create(actor, form);
                } else {
                    bodies.update(actor, form.code(), expected, form);
                }
                BodyView view = bodies.find(actor, form.code()).orElseThrow();
                Platform.runLater(() -> {
                    busy.set(false);
                    show(view);
                    status.set(MessageFormat.format(text.get().getString("body.saved"), form.code()));
                    saved.run();
                });
            } catch (StateBodyService.InvalidBody e) {
                failed(String.join("; ", e.problems().values()));
            } catch (ConcurrentChangeException e) {
                failed(text.get().getString("body.concurrent"));
            } catch (RuntimeException e) {
                failed(kz.kuzet.text.Explained.of(e, text.get().getLocale()));
            }
        });
    }

    private void failed(String message) {
        Platform.runLater(() -> {
            busy.set(false);
            status.set(MessageFormat.format(text.get().getString("body.notSaved"), message));
        });
    }

    private void show(BodyView v) {
        BodyForm f = v.form();
        version = v.version();
        creating.set(false);
        code.set(f.code());
        nameKk.set(f.nameKk());
        nameRu.set(f.nameRu());
        kind.set(f.kind());
        contactName.set(f.contactName());
        contactPosition.set(f.contactPosition());
        contactEmail.set(f.contactEmail());
        installation.set(f.workTypes().contains(WorkType.INSTALLATION));
        support.set(f.workTypes().contains(WorkType.SUPPORT));
        observation.set(f.workTypes().contains(WorkType.OBSERVATION));
        contractStart.set(f.contractStart());
        contractEnd.set(f.contractEnd());
        knbContractRef.set(f.knbContractRef());
        noticeLanguage.set(f.noticeLanguage() == null ? DEFAULT_LANGUAGE : f.noticeLanguage());
    }

    private BodyForm form() {
        Set<WorkType> work = EnumSet.noneOf(WorkType.class);
        if (installation.get()) {
            work.add(WorkType.INSTALLATION);
        }
        if (support.get()) {
            work.add(WorkType.SUPPORT);
        }
        if (observation.get()) {
            work.add(WorkType.OBSERVATION);
        }
        String c = code.get() == null ? null : code.get().trim().toUpperCase(java.util.Locale.ROOT);
        return new BodyForm(c, nameKk.get(), nameRu.get(), kind.get(), contactName.get(), contactPosition.get(),
                contactEmail.get(), work, contractStart.get(), contractEnd.get(), knbContractRef.get(),
                noticeLanguage.get() == null || DEFAULT_LANGUAGE.equals(noticeLanguage.get()) ? null
                        : noticeLanguage.get());
    }

    public StringProperty codeProperty() { return code; }
    public StringProperty nameKkProperty() { return nameKk; }
    public StringProperty nameRuProperty() { return nameRu; }
    public ObjectProperty<StateBodyKind> kindProperty() { return kind; }
    public StringProperty contactNameProperty() { return contactName; }
    public StringProperty contactPositionProperty() { return contactPosition; }
    public StringProperty contactEmailProperty() { return contactEmail; }
    public BooleanProperty installationProperty() { return installation; }
    public BooleanProperty supportProperty() { return support; }
    public BooleanProperty observationProperty() { return observation; }
    public ObjectProperty<LocalDate> contractStartProperty() { return contractStart; }
    public ObjectProperty<LocalDate> contractEndProperty() { return contractEnd; }
    public StringProperty knbContractRefProperty() { return knbContractRef; }
    /** kk, ru, both, or {@link #DEFAULT_LANGUAGE}. */
    public StringProperty noticeLanguageProperty() { return noticeLanguage; }
    public BooleanProperty creatingProperty() { return creating; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty statusProperty() { return status; }
}
