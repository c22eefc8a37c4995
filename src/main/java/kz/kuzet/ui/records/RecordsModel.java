package kz.kuzet.ui.records;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import kz.kuzet.clock.ClockName;
import kz.kuzet.incident.RecordFilter;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.ui.clocks.ClockAlarms;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;

/**
 * The records queue: every open record (or the closed ones when the filter asks), filtered and sorted in memory
 * so that a filter or a sort is immediate; saved views; export.
 */
public final class RecordsModel {

    public static final int LIMIT = 100_000;

    private final ConsoleModel console;
    private final ObservableList<RecordSummary> all = FXCollections.observableArrayList();
    private final FilteredList<RecordSummary> filtered = new FilteredList<>(all);
    private final SortedList<RecordSummary> sorted = new SortedList<>(filtered);
    private final ObjectProperty<RecordFilter> filter = new SimpleObjectProperty<>(RecordFilter.OPEN);
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();
    private final ObservableList<String> savedViewNames = FXCollections.observableArrayList();
    private Map<String, RecordFilter> savedViews = Map.of();
    private boolean loadedClosed;
    private final Map<RecordSummary, Instant> headlineDue = new java.util.IdentityHashMap<>();

    public RecordsModel(ConsoleModel console) {
        this.console = console;
        filter.addListener((o, was, is) -> {
            if (is.includesClosed() != loadedClosed) {
                refresh();
            } else {
                applyFilter();
            }
        });
        console.onChanges(changes -> {
            if (changes.stream().anyMatch(c -> c.entity().equals("incident_record"))) {
                refresh();
            }
        });
        console.onReconnect(this::refresh);
    }

    public void refresh() {
        RecordFilter loading = filter.get().includesClosed()
                ? new kz.kuzet.incident.RecordFilter(null, null, null, null, kz.kuzet.incident.RecordStatus.CLOSED,
                        null, null)
                : RecordFilter.OPEN;
        console.submit(() -> console.kuzet().queues().records(console.actor(), loading, console.clock().instant(), LIMIT),
                rows -> show(rows, loading.includesClosed()),
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    private void show(List<RecordSummary> rows, boolean closed) {
        loadedClosed = closed;
        headlineDue.clear();
        all.setAll(rows);
        applyFilter();
        console.watch("records", rows.stream()
                .map(r -> new ClockAlarms.Watched("#" + r.id() + " " + r.bodyCode() + " · " + r.title(), r.facts(),
                        List.of(ClockName.values())))
                .toList());
    }

    /**
     * The due instant of a record's headline clock, for sorting; computed once per loaded row (which clocks are
     * open changes only with the record's facts, and a change reloads the rows).
     */
    public Instant headlineDue(RecordSummary r) {
        return headlineDue.computeIfAbsent(r, x -> kz.kuzet.clock.RegulationClocks.evaluate(x.facts(),
                console.nowProperty().get()).headline().map(kz.kuzet.clock.ClockStatus::due).orElse(Instant.MAX));
    }

    /** Re-applies the filter as of now (the clock-state filter depends on the time). */
    public void applyFilter() {
        RecordFilter f = filter.get();
        Instant now = console.clock().instant();
        filtered.setPredicate(r -> f.matches(r, now));
    }

    public void assign(List<RecordSummary> records, String assignee) {
        if (records.isEmpty()) {
            note.set(Note.warning("records.none"));
            return;
        }
        console.submit(() -> {
            for (RecordSummary r : records) {
                console.kuzet().triage().assign(console.actor(), new VersionedId(r.id(), r.version()), assignee);
            }
            return records.size();
        }, n -> {
            note.set(Note.info("records.assigned", n, assignee));
            refresh();
        }, e -> {
            note.set(e instanceof ConcurrentChangeException ? Note.warning("conflict.records")
                    : Note.error("error.action", ConsoleModel.reason(e)));
            refresh();
        });
    }

    public void loadSavedViews() {
        console.submit(() -> console.kuzet().savedViews().list(console.actor().name()), views -> {
            savedViews = views;
            savedViewNames.setAll(views.keySet());
        }, e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    public void saveView(String name) {
        RecordFilter current = filter.get();
        console.submit(() -> {
            console.kuzet().savedViews().save(console.actor().name(), name, current);
            return name;
        }, n -> {
            note.set(Note.info("views.saved", n));
            loadSavedViews();
        }, e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    public RecordFilter savedView(String name) {
        return savedViews.get(name);
    }

    /** Writes the rows as shown (filtered, sorted) to a CSV file, off the JavaFX thread. */
    public void exportCsv(Path file) {
        List<RecordSummary> rows = List.copyOf(sorted);
        ResourceBundle bundle = console.bundle();
        Instant now = console.clock().instant();
        console.submit(() -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                RecordsCsv.write(out, rows, now, bundle);
            }
            return rows.size();
        }, n -> note.set(Note.info("records.exported", n, file.toString())),
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    public ObservableList<RecordSummary> all() { return all; }
    public SortedList<RecordSummary> sorted() { return sorted; }
    public FilteredList<RecordSummary> filtered() { return filtered; }
    public ObjectProperty<RecordFilter> filterProperty() { return filter; }
    public ObjectProperty<Note> noteProperty() { return note; }
    public ObservableList<String> savedViewNames() { return savedViewNames; }
}
