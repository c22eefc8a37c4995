package kz.kuzet.ui.reports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.ui.console.Views;

/** The shift's picture of the open records' clocks: how many are running, overdue, met, late, per clock. */
public final class ReportsView {

    /** One clock's counts. */
    public record ClockCounts(ClockName clock, Map<ClockState, Integer> counts) {
        int of(ClockState s) {
            return counts.getOrDefault(s, 0);
        }
    }

    private final ObservableList<RecordSummary> records;
    private final ResourceBundle bundle;
    private final java.util.function.Supplier<Instant> now;
    private final Parent root;
    private QuarterlyPane quarterly;

    @FXML private TableView<ClockCounts> table;
    @FXML private TableColumn<ClockCounts, String> clockColumn;
    @FXML private TableColumn<ClockCounts, Number> runningColumn;
    @FXML private TableColumn<ClockCounts, Number> overdueColumn;
    @FXML private TableColumn<ClockCounts, Number> metColumn;
    @FXML private TableColumn<ClockCounts, Number> lateColumn;
    @FXML private TableColumn<ClockCounts, Number> pendingColumn;

    public ReportsView(ObservableList<RecordSummary> records, ResourceBundle bundle,
            java.util.function.Supplier<Instant> now) {
        this.records = records;
        this.bundle = bundle;
        this.now = now;
        this.root = Views.load("reports.fxml", this, bundle);
    }

    public Parent root() {
        return root;
    }

    /**
     * Adds the quarterly summaries (made on the given document thread) above the clocks table; the console does
     * this once the session is open.
     */
    public ReportsView withQuarterly(kz.kuzet.ui.console.ConsoleModel console,
            kz.kuzet.ui.console.Background worker) {
        if (quarterly == null) {
            quarterly = new QuarterlyPane(console, worker);
            ((javafx.scene.layout.VBox) root).getChildren().add(0, quarterly.root());
            ((javafx.scene.layout.VBox) root).getChildren().add(1, new javafx.scene.control.Separator());
        }
        return this;
    }

    /** Adds the outbox (notices waiting to be e-mailed) at the top, above the quarterly summaries. */
    public ReportsView withOutbox(javafx.scene.Node outbox) {
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) root;
        if (!box.getChildren().contains(outbox)) {
            box.getChildren().add(0, outbox);
            box.getChildren().add(1, new javafx.scene.control.Separator());
        }
        return this;
    }

    /** The preview of the summary made last (tests). */
    public kz.kuzet.ui.preview.PreviewDialog lastPreview() {
        return quarterly == null ? null : quarterly.lastOpened();
    }

    @FXML
    private void initialize() {
        clockColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                bundle.getString("clock." + c.getValue().clock().id())));
        runningColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().of(ClockState.RUNNING)));
        overdueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().of(ClockState.OVERDUE)));
        metColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().of(ClockState.MET)));
        lateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().of(ClockState.LATE)));
        pendingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().of(ClockState.PENDING)));
        refresh();
    }

    public void refresh() {
        Instant at = now.get();
        Map<ClockName, Map<ClockState, Integer>> counts = new EnumMap<>(ClockName.class);
        for (ClockName n : ClockName.values()) {
            counts.put(n, new EnumMap<>(ClockState.class));
        }
        for (RecordSummary r : records) {
            ClockBoard board = RegulationClocks.evaluate(r.facts(), at);
            for (ClockName n : ClockName.values()) {
                counts.get(n).merge(board.get(n).state(), 1, Integer::sum);
            }
        }
        table.getItems().setAll(List.of(ClockName.values()).stream()
                .map(n -> new ClockCounts(n, counts.get(n))).toList());
    }
}
