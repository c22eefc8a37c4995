package kz.kuzet.ui.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.AnnexService.ImportPreview;
import kz.kuzet.registry.Quarter;
import kz.kuzet.registry.annex.AnnexComparison;
import kz.kuzet.registry.annex.AnnexError;
import kz.kuzet.registry.annex.AnnexLimits;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.security.Actor;

/**
 * The annex editor for one state body and quarter: load the committed annex (or the previous quarter's as a
 * start), import a file, edit rows, check them, see what changed since the previous quarter, and commit only after
 * the user confirms. Every database call runs on the background executor; results come back on the FX thread.
 */
public final class AnnexEditorViewModel {

    private final AnnexService annexes;
    private final Executor background;
    private final Supplier<ResourceBundle> text;
    private final Actor actor;

    private final StringProperty bodyCode = new SimpleStringProperty();
    private final StringProperty quarter = new SimpleStringProperty();
    private final ObservableList<AnnexRowModel> rows = FXCollections.observableArrayList();
    private final ObservableList<AnnexError> errors = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final javafx.collections.ObservableSet<AnnexRowModel> rowsWithErrors =
            FXCollections.observableSet(new java.util.HashSet<>());
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    /** The checked annex waiting for the user's confirmation; null when nothing is pending. */
    private final ObjectProperty<ImportPreview> pending = new SimpleObjectProperty<>();
    private final BooleanBinding canConfirm;

    public AnnexEditorViewModel(AnnexService annexes, Executor background, Supplier<ResourceBundle> text, Actor actor) {
        this.annexes = annexes;
        this.background = background;
        this.text = text;
        this.actor = actor;
        canConfirm = Bindings.createBooleanBinding(() -> !busy.get() && pending.get() != null
                        && pending.get().valid() > 0 && (!pending.get().hasErrors() || skipInvalid.get()),
                busy, pending, skipInvalid);
    }

    /** Shows the quarter's committed annex, or else the previous quarter's rows as a starting point. */
    public void load() {
        load(false);
    }

    private void load(boolean keepStatus) {
        String body = bodyCode.get();
        String q = quarter.get();
        if (!ready(body, q)) {
            return;
        }
        run(() -> annexes.latest(actor, body, q).map(s -> new Loaded(s.lines(), format("annex.status.loaded",
                        s.quarter(), s.lines().size(), s.sourceName())))
                        .orElseGet(() -> annexes.latestBefore(actor, body, Quarter.parse(q))
                                .map(s -> new Loaded(s.lines(), format("annex.status.fromPrevious", s.quarter())))
                                .orElse(new Loaded(List.of(), format("annex.status.none", Quarter.parse(q))))),
                loaded -> {
                    rows.setAll(loaded.lines.stream().map(AnnexRowModel::new).toList());
                    errors.clear();
                    rowsWithErrors.clear();
                    changes.clear();
                    pending.set(null);
                    if (!keepStatus) {
                        status.set(loaded.message);
                    }
                });
    }

    private record Loaded(List<AnnexLine> lines, String message) {
    }

    /** Reads and checks a file; the result waits for {@link #confirm()}. */
    public void importFile(Path file) {
        String body = bodyCode.get();
        String q = quarter.get();
        if (!ready(body, q)) {
            return;
        }
        run(() -> {
            if (Files.size(file) > AnnexLimits.MAX_FILE_BYTES) {
                throw new IllegalArgumentException(format("annex.error.tooBig", file.getFileName(),
                        AnnexLimits.MAX_FILE_BYTES / (1024 * 1024)));
            }
            return annexes.preview(actor, body, q, file.getFileName().toString(), Files.readAllBytes(file));
        }, this::showPreview);
    }

    /** Checks the rows as edited; the result waits for {@link #confirm()}. */
    public void check() {
        String body = bodyCode.get();
        String q = quarter.get();
        if (!ready(body, q)) {
            return;
        }
        List<AnnexLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(rows.get(i).toLine(i + 1));
        }
        List<AnnexRowModel> checked = List.copyOf(rows);
        run(() -> annexes.previewLines(actor, body, q, lines), preview -> {
            pending.set(preview);
            errors.setAll(preview.errors());
            java.util.Set<Integer> bad = errorRows(preview);
            rowsWithErrors.clear();
            for (int i = 0; i < checked.size(); i++) {
                if (bad.contains(i + 1)) {
                    rowsWithErrors.add(checked.get(i));
                }
            }
            changes.setAll(describe(preview.comparison(), preview.comparedWith()));
            status.set(summary(preview));
        });
    }

    private void showPreview(ImportPreview preview) {
        rows.setAll(preview.parsed().lines().stream().map(AnnexRowModel::new).toList());
        pending.set(preview);
        errors.setAll(preview.errors());
        java.util.Set<Integer> bad = errorRows(preview);
        rowsWithErrors.clear();
        rows.stream().filter(r -> bad.contains(r.sourceRow())).forEach(rowsWithErrors::add);
        changes.setAll(describe(preview.comparison(), preview.comparedWith()));
        status.set(summary(preview));
    }

    /** Writes the pending annex (leaving out invalid rows only if the user ticked that), then reloads. */
    public void confirm() {
        ImportPreview preview = pending.get();
        if (!canConfirm.get()) {
            return;
        }
        boolean skip = skipInvalid.get();
        run(() -> annexes.commit(actor, preview, skip), result -> {
            pending.set(null);
            skipInvalid.set(false);
            errors.clear();
            status.set(format("annex.status.committed", result.rowsStored(), result.objectsAdded(),
                    result.objectsUpdated(), result.objectsRetired()));
            load(true);
        });
    }

    /** Drops the pending annex; nothing was written. */
    public void discard() {
        pending.set(null);
        skipInvalid.set(false);
        load();
    }

    public void addRow(kz.kuzet.registry.Contour contour) {
        rows.add(AnnexRowModel.blank(contour));
        pending.set(null);
    }

    public void removeRow(AnnexRowModel row) {
        rows.remove(row);
        pending.set(null);
    }

    /** An edit invalidates the last check: it must be checked again before it can be confirmed. */
    public void edited() {
        pending.set(null);
    }

    private static java.util.Set<Integer> errorRows(ImportPreview p) {
        java.util.Set<Integer> bad = new java.util.HashSet<>();
        p.errors().forEach(e -> bad.add(e.row()));
        return bad;
    }

    private String summary(ImportPreview p) {
        AnnexComparison c = p.comparison();
        return format("annex.status.checked", p.rows(), p.valid(), p.errors().size(), c.added().size(),
                c.removed().size(), c.changed().size());
    }

    List<String> describe(AnnexComparison c, String comparedWith) {
        List<String> out = new ArrayList<>();
        out.add(format("annex.compare.with", AnnexService.REGISTRY_BASELINE.equals(comparedWith)
                ? text.get().getString("annex.compare.registry") : comparedWith));
        c.added().forEach(l -> out.add("+ " + l.host() + " (" + l.ip() + ")"));
        c.removed().forEach(l -> out.add("− " + l.host() + " (" + l.ip() + ")"));
        c.changed().forEach(ch -> ch.fields().forEach(f -> out.add("~ " + ch.after().host() + ": " + f.field() + ": "
                + f.before() + " → " + f.after())));
        return out;
    }

    private boolean ready(String body, String q) {
        if (body == null || body.isBlank()) {
            status.set(text.get().getString("annex.error.noBody"));
            return false;
        }
        try {
            Quarter.parse(q);
            return true;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /** Runs work on the background executor and applies its result (or shows its error) on the FX thread. */
    private <T> void run(ThrowingSupplier<T> work, Consumer<T> then) {
        busy.set(true);
        background.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    busy.set(false);
                    then.accept(result);
                });
            } catch (Exception e) {
                String message = kz.kuzet.text.Explained.of(e, text.get().getLocale());
                Platform.runLater(() -> {
                    busy.set(false);
                    status.set(format("annex.error.failed", message));
                });
            }
        });
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text.get().getString(key), args);
    }

    public StringProperty bodyCodeProperty() { return bodyCode; }
    public StringProperty quarterProperty() { return quarter; }
    public ObservableList<AnnexRowModel> rows() { return rows; }
    public ObservableList<AnnexError> errors() { return errors; }
    public ObservableList<String> changes() { return changes; }
    public javafx.collections.ObservableSet<AnnexRowModel> rowsWithErrors() { return rowsWithErrors; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public ObjectProperty<ImportPreview> pendingProperty() { return pending; }
    public BooleanBinding canConfirmProperty() { return canConfirm; }

}
