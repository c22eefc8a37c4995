package kz.kuzet.ui.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.registry.OutdatedOsReport;
import kz.kuzet.registry.OutdatedOsReport.OutdatedObject;
import kz.kuzet.security.Actor;

/**
 * R-12.d in the console: the objects past their OS vendor's end of support, one row per object with its state body,
 * over the bodies the user may see (the report decides). Loaded off the FX thread.
 */
public final class OutdatedOsViewModel {

    /** One outdated object of a state body. */
    public record Row(String bodyCode, OutdatedObject object) {
    }

    private final OutdatedOsReport report;
    private final Executor background;
    private final FormText text;
    private final Actor actor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public OutdatedOsViewModel(OutdatedOsReport report, Executor background, FormText text, Actor actor) {
        this.report = report;
        this.background = background;
        this.text = text;
        this.actor = actor;
    }

    /** Runs the report as of today. */
    public void load() {
        background.execute(() -> {
            try {
                OutdatedOsReport.Result r = report.run(actor, Optional.empty());
                List<Row> list = r.bodies().stream().flatMap(b -> b.outdated().stream()
                        .map(o -> new Row(b.bodyCode(), o))).toList();
                int checked = r.bodies().stream().mapToInt(OutdatedOsReport.BodyOutdated::objectsChecked).sum();
                int undated = r.bodies().stream().mapToInt(b -> b.undated().size()).sum();
                Platform.runLater(() -> {
                    rows.setAll(list);
                    summary.set(text.get("os.summary", r.asOf().toString(), checked, list.size(), undated,
                            r.tableCompiled().toString()));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> summary.set(text.get("os.failed", kz.kuzet.text.Explained.of(e, text.bundle().getLocale()))));
            }
        });
    }

    public ObservableList<Row> rows() { return rows; }
    public StringProperty summaryProperty() { return summary; }
}
