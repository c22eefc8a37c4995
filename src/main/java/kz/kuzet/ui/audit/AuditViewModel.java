package kz.kuzet.ui.audit;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.cli.Instants;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditFilter;
import kz.kuzet.security.AuditQueries;
import kz.kuzet.security.AuditRow;

/**
 * The audit view's state: the filters as typed, the matching entries, loading and problems. Queries run on the
 * given background executor; results are applied on the JavaFX thread.
 */
public final class AuditViewModel {

    private final AuditQueries queries;
    private final Actor actor;
    private final Executor background;
    private ResourceBundle bundle;
    /** The problem shown, as its bundle key and detail, so a language switch can say it again. */
    private String problemKey;
    private String problemDetail;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty record = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty since = new SimpleStringProperty("");
    private final StringProperty until = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private long generation;

    public AuditViewModel(AuditQueries queries, Actor actor, Executor background, ResourceBundle bundle) {
        this.queries = queries;
        this.actor = actor;
        this.background = background;
        this.bundle = bundle;
    }

    /** Loads with the current filters (newest last); call on the JavaFX thread. A newer load wins over older ones. */
    public CompletableFuture<Void> load() {
        AuditFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            showProblem("audit.bad_filter", e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        long mine = ++generation;
        loading.set(true);
        showProblem(null, null);
        return CompletableFuture.runAsync(() -> {
            try {
                List<AuditRow> found = queries.listWithImported(actor, filter);
                List<String> names = queries.actors(actor);
                Platform.runLater(() -> {
                    if (mine == generation) {
                        rows.setAll(found);
                        actors.setAll(names);
                        loading.set(false);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        loading.set(false);
                        showProblem("audit.error", kz.kuzet.text.Explained.of(e, bundle.getLocale()));
                    }
                });
            }
        }, background);
    }

    /** The texts to speak in from now on (a language switch); a problem on screen is said again in them. */
    public void setBundle(ResourceBundle bundle) {
        this.bundle = bundle;
        showProblem(problemKey, problemDetail);
    }

    private void showProblem(String key, String detail) {
        problemKey = key;
        problemDetail = detail;
        problem.set(key == null ? null : MessageFormat.format(bundle.getString(key), detail));
    }

    /** Whether a load was ever started (the first view starts it; a rebuilt view does not). */
    public boolean loadedOnce() {
        return generation > 0 || problemKey != null;
    }

    /** Empties every filter and loads again. */
    public CompletableFuture<Void> clear() {
        user.set("");
        record.set("");
        action.set("");
        since.set("");
        until.set("");
        return load();
    }

    AuditFilter filter() {
        Long recordId = null;
        String recordText = record.get() == null ? "" : record.get().trim();
        if (!recordText.isEmpty()) {
            try {
                recordId = Long.parseLong(recordText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + recordText + "' is not a record number");
            }
        }
        return new AuditFilter(user.get(), recordId, action.get(), instant(since.get()), instant(until.get()),
                AuditFilter.DEFAULT_LIMIT);
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instants.parse(text);
    }

    public StringProperty userProperty() { return user; }
    public StringProperty recordProperty() { return record; }
    public StringProperty actionProperty() { return action; }
    public StringProperty sinceProperty() { return since; }
    public StringProperty untilProperty() { return until; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableList<AuditRow> rows() { return rows; }
    public ObservableList<String> actors() { return actors; }
}
