package kz.kuzet.ui.firstrun;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.settings.ConsoleSettings;
import kz.kuzet.settings.ConsoleSettings.DatabaseKind;
import kz.kuzet.settings.ConsoleSettingsService;
import kz.kuzet.settings.FirstRunChoices;
import kz.kuzet.store.DatabaseSettings;

/**
 * The first-run wizard's state and steps (also the settings screen, which shows only the language and database
 * steps). Every database call runs on the background executor; results come back on the JavaFX thread.
 */
public final class FirstRunModel {

    public enum Page { LANGUAGE, DATABASE, DATA, ADMIN }

    public enum AdminState { UNKNOWN, CHECKING, NEEDED, EXISTS }

    /** What the wizard settled on: the saved settings and the database for this session (with its password). */
    public record Outcome(ConsoleSettings settings, DatabaseSettings database) {
    }

    private final ConsoleSettingsService service;
    private final Executor background;
    private final boolean settingsOnly;

    final StringProperty language = new SimpleStringProperty("en");
    final ObjectProperty<DatabaseKind> databaseKind = new SimpleObjectProperty<>(DatabaseKind.EMBEDDED);
    final StringProperty serverUrl = new SimpleStringProperty("");
    final StringProperty serverUser = new SimpleStringProperty("");
    final StringProperty serverPassword = new SimpleStringProperty("");
    final StringProperty connectionMessage = new SimpleStringProperty("");
    final BooleanProperty testing = new SimpleBooleanProperty();
    final BooleanProperty loadDemo = new SimpleBooleanProperty(false);
    final ObjectProperty<AdminState> adminState = new SimpleObjectProperty<>(AdminState.UNKNOWN);
    final StringProperty adminUser = new SimpleStringProperty("");
    final StringProperty adminDisplayName = new SimpleStringProperty("");
    final StringProperty adminPassword = new SimpleStringProperty("");
    final StringProperty adminRepeat = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty();
    final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LANGUAGE);

    public FirstRunModel(ConsoleSettingsService service, Executor background, boolean settingsOnly) {
        this.service = service;
        this.background = background;
        this.settingsOnly = settingsOnly;
    }

    /** Starts from saved (or pre-chosen) settings. */
    public void start(ConsoleSettings from) {
        language.set(from.language());
        databaseKind.set(from.databaseKind());
        serverUrl.set(from.serverUrl());
        serverUser.set(from.serverUser());
    }

    public boolean settingsOnly() {
        return settingsOnly;
    }

    public List<Page> pages() {
        return settingsOnly ? List.of(Page.LANGUAGE, Page.DATABASE) : List.of(Page.values());
    }

    public ResourceBundle bundle() {
        return FirstRunWizard.bundle(language.get());
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    boolean isLast() {
        return pages().indexOf(page.get()) == pages().size() - 1;
    }

    /** The settings as chosen so far; throws with a message for people when the address is not valid. */
    ConsoleSettings settings() {
        return databaseKind.get() == DatabaseKind.EMBEDDED ? ConsoleSettings.embedded(language.get())
                : ConsoleSettings.postgresql(language.get(), serverUrl.get(), serverUser.get());
    }

    DatabaseSettings database() {
        return service.database(settings(), serverPassword.get());
    }

    void back() {
        int at = pages().indexOf(page.get());
        if (at > 0 && !working.get()) {
            problem.set("");
            page.set(pages().get(at - 1));
        }
    }

    void next() {
        problem.set("");
        try {
            if (page.get() == Page.DATABASE) {
                settings();
            }
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        int at = pages().indexOf(page.get());
        if (at < pages().size() - 1) {
            page.set(pages().get(at + 1));
            if (page.get() == Page.ADMIN) {
                checkAdministrator();
            }
        }
    }

    void testConnection() {
        DatabaseSettings db;
        try {
            db = database();
        } catch (IllegalArgumentException e) {
            connectionMessage.set(MessageFormat.format(bundle().getString("db.failed"), e.getMessage()));
            return;
        }
        testing.set(true);
        connectionMessage.set(bundle().getString("db.testing"));
        offThread(() -> service.testConnection(db), failure -> {
            testing.set(false);
            connectionMessage.set(failure.map(f -> MessageFormat.format(bundle().getString("db.failed"), f))
                    .orElse(bundle().getString("db.ok")));
        });
    }

    private void checkAdministrator() {
        DatabaseSettings db = database();
        adminState.set(AdminState.CHECKING);
        offThread(() -> service.needsFirstAdministrator(db),
                needed -> adminState.set(needed ? AdminState.NEEDED : AdminState.EXISTS));
    }

    /** Saves the settings only (the settings screen). */
    void save(Consumer<Outcome> done) {
        ConsoleSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        working.set(true);
        offThread(() -> {
            service.save(settings);
            return new Outcome(settings, database());
        }, done.andThen(o -> working.set(false)));
    }

    /** Carries out the first-run choices, then hands the outcome on. */
    void finish(Consumer<Outcome> done) {
        problem.set("");
        FirstRunChoices.FirstAdministrator admin = null;
        if (adminState.get() == AdminState.NEEDED) {
            if (!adminPassword.get().equals(adminRepeat.get())) {
                problem.set(bundle().getString("admin.mismatch"));
                return;
            }
            admin = new FirstRunChoices.FirstAdministrator(adminUser.get(), adminDisplayName.get(),
                    adminPassword.get().toCharArray());
        } else if (adminState.get() != AdminState.EXISTS) {
            return;
        }
        FirstRunChoices choices;
        try {
            choices = new FirstRunChoices(settings(), serverPassword.get(), loadDemo.get(), admin);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        working.set(true);
        problem.set(bundle().getString(choices.loadDemo() ? "working.demo" : "working"));
        offThread(() -> {
            service.complete(choices);
            return new Outcome(choices.settings(), database());
        }, outcome -> {
            working.set(false);
            adminPassword.set("");
            adminRepeat.set("");
            problem.set("");
            done.accept(outcome);
        });
    }

    private <T> void offThread(Supplier<T> work, Consumer<T> then) {
        background.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> then.accept(result));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    working.set(false);
                    testing.set(false);
                    if (adminState.get() == AdminState.CHECKING) {
                        adminState.set(AdminState.UNKNOWN);
                    }
                    problem.set(MessageFormat.format(bundle().getString("failed"), reason(e)));
                });
            }
        });
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof RuntimeException
                && t.getClass().getName().startsWith("org.hibernate"))) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
