package kz.kuzet.ui.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.RegistryService;
import kz.kuzet.registry.RegistryService.BodySummary;
import kz.kuzet.registry.SensorService;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.SupportWorkService.WorkOrderView;
import kz.kuzet.security.Actor;

/** The registry's lists: state bodies with this quarter's annex status, sensors, work orders; loaded off the FX thread. */
public final class RegistryListsViewModel {

    /** A body as listed, with whether it gave this quarter's annex. */
    public record BodyRow(BodySummary body, boolean annexSubmitted) {
    }

    private final RegistryService registry;
    private final AnnexService annexes;
    private final SensorService sensors;
    private final Executor background;
    private final Actor actor;
    private final Supplier<Locale> language;
    private final ObservableList<BodyRow> bodies = FXCollections.observableArrayList();
    private final ObservableList<SensorView> sensorRows = FXCollections.observableArrayList();
    private final ObservableList<WorkOrderView> workOrderRows = FXCollections.observableArrayList();
    private final SupportWorkService work;
    private final StringProperty quarter = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();

    public RegistryListsViewModel(RegistryService registry, AnnexService annexes, SensorService sensors,
            SupportWorkService work, Executor background, Actor actor, Supplier<Locale> language) {
        this.language = language;
        this.work = work;
        this.actor = actor;
        this.registry = registry;
        this.annexes = annexes;
        this.sensors = sensors;
        this.background = background;
    }

    public void refresh() {
        background.execute(() -> {
            try {
                String q = annexes.currentQuarter().toString();
                Set<String> submitted = annexes.submittedBodyCodes(actor, q);
                List<BodyRow> rows = registry.listBodies(actor).stream()
                        .map(b -> new BodyRow(b, submitted.contains(b.code()))).toList();
                List<SensorView> list = sensors.list(actor, Optional.empty());
                List<WorkOrderView> orders = work.workOrders(actor, Optional.empty(), false);
                Platform.runLater(() -> {
                    quarter.set(q);
                    bodies.setAll(rows);
                    sensorRows.setAll(list);
                    workOrderRows.setAll(orders);
                    problem.set(null);
                });
            } catch (RuntimeException e) {
                String why = kz.kuzet.text.Explained.of(e, language.get());
                Platform.runLater(() -> problem.set(why));
            }
        });
    }

    public ObservableList<BodyRow> bodies() { return bodies; }
    public ObservableList<SensorView> sensors() { return sensorRows; }
    public ObservableList<WorkOrderView> workOrders() { return workOrderRows; }
    public StringProperty quarterProperty() { return quarter; }
    public StringProperty problemProperty() { return problem; }
}
