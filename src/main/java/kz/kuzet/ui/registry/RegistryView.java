package kz.kuzet.ui.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.SupportWorkService.WorkOrderView;
import kz.kuzet.registry.WorkStatus;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;
import kz.kuzet.ui.registry.RegistryListsViewModel.BodyRow;

/**
 * The registry screens: state bodies with this quarter's annex status, the annex editor (import, edit, check,
 * compare, confirm, export), sensors, work orders, the coordinator's work, event logs and collection systems, the
 * objects' monitoring scope and the outdated operating systems, each list filtered and sorted, each
 * form saved through its view-model. Mount {@link #load} (or {@link RegistryScreens#view}) where the console shows
 * the registry.
 */
public final class RegistryView {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RegistryScreens screens;
    private final RegistryListsViewModel lists;
    private final ResourceBundle text;
    private final String language;
    private AnnexEditorView annexView;
    private BodyEditorView bodyEditor;
    private SensorEditorView sensorEditor;
    private WorkOrderEditorView workEditor;
    private CoordinatorWorkView coordinatorWork;
    private CollectionView collection;
    private ScopeView scope;
    private OutdatedOsView outdatedOs;

    @FXML private TabPane tabs;
    @FXML private Tab annexTab;
    @FXML private Label quarterLabel;
    @FXML private TableView<BodyRow> bodiesTable;
    @FXML private TableColumn<BodyRow, String> bodyCodeColumn;
    @FXML private TableColumn<BodyRow, String> bodyNameColumn;
    @FXML private TableColumn<BodyRow, String> bodyKindColumn;
    @FXML private TableColumn<BodyRow, Number> bodyObjectsColumn;
    @FXML private TableColumn<BodyRow, Number> bodySensorsColumn;
    @FXML private TableColumn<BodyRow, String> bodyEmailColumn;
    @FXML private TableColumn<BodyRow, String> bodyAnnexColumn;
    @FXML private TextField sensorFilterField;
    @FXML private TableView<SensorView> sensorsTable;
    @FXML private TableColumn<SensorView, String> sensorBodyColumn;
    @FXML private TableColumn<SensorView, String> sensorContourColumn;
    @FXML private TableColumn<SensorView, String> sensorKindColumn;
    @FXML private TableColumn<SensorView, String> sensorProductColumn;
    @FXML private TableColumn<SensorView, String> sensorIpColumn;
    @FXML private TableColumn<SensorView, String> sensorStateColumn;
    @FXML private TableColumn<SensorView, String> sensorSeenColumn;
    @FXML private TextField workFilterField;
    @FXML private CheckBox openOnlyBox;
    @FXML private TableView<WorkOrderView> workTable;
    @FXML private TableColumn<WorkOrderView, Number> workIdColumn;
    @FXML private TableColumn<WorkOrderView, String> workBodyColumn;
    @FXML private TableColumn<WorkOrderView, String> workTaskColumn;
    @FXML private TableColumn<WorkOrderView, String> workStatusColumn;
    @FXML private TableColumn<WorkOrderView, String> workOpenedColumn;
    @FXML private TableColumn<WorkOrderView, String> workDueColumn;
    @FXML private TableColumn<WorkOrderView, String> workDoneColumn;
    @FXML private TableColumn<WorkOrderView, String> workEngineerColumn;

    private RegistryView(RegistryScreens screens, ResourceBundle text, String language) {
        this.screens = screens;
        this.lists = screens.lists;
        this.text = text;
        this.language = language;
    }

    /**
     * The registry screens over the services of {@code kuzet}, for the logged-in {@code user} (a coordinator sees
     * only their state body); database work runs on {@code background}. A console that switches language keeps a
     * {@link RegistryScreens} and asks it for {@link RegistryScreens#view} instead.
     */
    public static Parent load(Kuzet kuzet, Actor user, String language, Executor background) {
        return load(kuzet, user, language, background, null);
    }

    /** As {@link #load(Kuzet, Actor, String, Executor)}, with the way files are chosen given (tests: directly). */
    public static Parent load(Kuzet kuzet, Actor user, String language, Executor background, FileOpener files) {
        return new RegistryScreens(kuzet, user, language, background, files).view(language);
    }

    static Parent build(RegistryScreens screens, ResourceBundle text, String language) {
        Actor user = screens.user();
        boolean mayChange = user.may(Permission.REGISTRY_CHANGE);
        RegistryView view = new RegistryView(screens, text, language);
        ResourceBundle printText = kz.kuzet.report.AnnexPrint.text(language);
        view.annexView = new AnnexEditorView(screens.annex, text, screens.files(text), screens.exporter(),
                screens.pdfPrinter(printText), printText);
        view.bodyEditor = new BodyEditorView(screens.body, text);
        view.sensorEditor = new SensorEditorView(screens.sensor, text, screens.bodyCodes, mayChange);
        view.workEditor = new WorkOrderEditorView(screens.workOrder, text, screens.bodyCodes, screens.lists.sensors(),
                mayChange);
        view.coordinatorWork = new CoordinatorWorkView(screens.coordinator, text, screens.bodyCodes, mayChange);
        view.collection = new CollectionView(screens.eventLogs, screens.collectors, text, screens.bodyCodes,
                mayChange);
        view.scope = new ScopeView(screens.scope, text, screens.bodyCodes, mayChange);
        view.outdatedOs = new OutdatedOsView(screens.outdatedOs);
        view.annexView.permit(user.may(Permission.DATA_IMPORT), mayChange);
        view.bodyEditor.permit(mayChange && !user.isScoped());
        Map<Class<?>, Object> controllers = Map.of(AnnexEditorView.class, view.annexView, BodyEditorView.class,
                view.bodyEditor, SensorEditorView.class, view.sensorEditor, WorkOrderEditorView.class,
                view.workEditor, CoordinatorWorkView.class, view.coordinatorWork, CollectionView.class,
                view.collection, ScopeView.class, view.scope, OutdatedOsView.class, view.outdatedOs);
        FXMLLoader loader = new FXMLLoader(RegistryView.class.getResource("/fxml/registry/registry.fxml"), text);
        loader.setControllerFactory(type -> controllers.getOrDefault(type, view));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The registry screens (fxml/registry/registry.fxml) cannot be loaded", e);
        }
    }

    @FXML
    private void initialize() {
        quarterLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                text.getString("registry.bodies.title"), lists.quarterProperty().get()), lists.quarterProperty()));
        SortedList<BodyRow> sortedBodies = new SortedList<>(lists.bodies());
        sortedBodies.comparatorProperty().bind(bodiesTable.comparatorProperty());
        bodiesTable.setItems(sortedBodies);
        bodyCodeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().code()));
        bodyNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("kk".equals(language)
                ? c.getValue().body().nameKk() : c.getValue().body().nameRu()));
        bodyKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString("registry.kind."
                + c.getValue().body().kind().name().toLowerCase(Locale.ROOT))));
        bodyObjectsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().objects()));
        bodySensorsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().sensors()));
        bodyEmailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().contactEmail()));
        bodyAnnexColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString(
                c.getValue().annexSubmitted() ? "registry.annex.submitted" : "registry.annex.missing")));
        bodiesTable.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                bodyEditor.viewModel().select(row.body().code());
            }
        });
        bodiesTable.setOnMouseClicked(e -> {
            BodyRow row = bodiesTable.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                annexView.viewModel().bodyCodeProperty().set(row.body().code());
                tabs.getSelectionModel().select(annexTab);
                annexView.viewModel().load();
            }
        });
        annexView.bodyChoice().setItems(screens.bodyCodes);
        initSensors();
        initWorkOrders();
    }

    private void initSensors() {
        sensorFilterField.textProperty().bindBidirectional(screens.sensorFilter);
        FilteredList<SensorView> filtered = new FilteredList<>(lists.sensors());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String f = needle(screens.sensorFilter.get());
            return s -> f.isEmpty() || String.join(" ", s.bodyCode(), kindName(s), product(s), nz(s.ipAddress()),
                    stateName(s.effectiveState())).toLowerCase(Locale.ROOT).contains(f);
        }, screens.sensorFilter));
        SortedList<SensorView> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(sensorsTable.comparatorProperty());
        sensorsTable.setItems(sorted);
        sensorBodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        sensorContourColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString("annex.section."
                + c.getValue().contour().name().toLowerCase(Locale.ROOT))));
        sensorKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(kindName(c.getValue())));
        sensorProductColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(product(c.getValue())));
        sensorIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ipAddress()));
        sensorStateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(stateName(
                c.getValue().effectiveState())));
        sensorSeenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSeenAt() == null ? "—"
                : SEEN.format(c.getValue().lastSeenAt().atZone(DISPLAY_ZONE))));
        sensorsTable.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s != null) {
                screens.sensor.show(s);
            }
        });
    }

    private void initWorkOrders() {
        workFilterField.textProperty().bindBidirectional(screens.workFilter);
        openOnlyBox.selectedProperty().bindBidirectional(screens.openOnly);
        FilteredList<WorkOrderView> filtered = new FilteredList<>(lists.workOrders());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String f = needle(screens.workFilter.get());
            boolean open = screens.openOnly.get();
            return w -> (!open || w.status() == WorkStatus.PLANNED || w.status() == WorkStatus.IN_PROGRESS)
                    && (f.isEmpty() || String.join(" ", w.bodyCode(), taskName(w.task()), statusName(w.status()),
                    nz(w.engineer()), nz(w.notes())).toLowerCase(Locale.ROOT).contains(f));
        }, screens.workFilter, screens.openOnly));
        SortedList<WorkOrderView> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(workTable.comparatorProperty());
        workTable.setItems(sorted);
        workIdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        workBodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        workTaskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(taskName(c.getValue().task())));
        workStatusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(statusName(c.getValue().status())));
        workOpenedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(date(c.getValue().openedOn())));
        workDueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(date(c.getValue().dueOn())));
        workDoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(date(c.getValue().doneOn())));
        workEngineerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().engineer()));
        workTable.getSelectionModel().selectedItemProperty().addListener((o, was, w) -> {
            if (w != null) {
                screens.workOrder.show(w);
            }
        });
    }

    private String kindName(SensorView s) {
        return text.getString("sensor.kind." + s.kind().name().toLowerCase(Locale.ROOT));
    }

    private String stateName(kz.kuzet.registry.SensorState s) {
        return text.getString("registry.sensor." + s.name().toLowerCase(Locale.ROOT));
    }

    private String taskName(kz.kuzet.registry.WorkTask t) {
        return text.getString("work.task." + t.name().toLowerCase(Locale.ROOT));
    }

    private String statusName(WorkStatus s) {
        return text.getString("work.state." + s.name().toLowerCase(Locale.ROOT));
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String needle(String filter) {
        return filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
    }

    /** Vendor, product and version, without the vendor twice when the product's name starts with it. */
    static String product(SensorView s) {
        String vendor = nz(s.vendor());
        String product = nz(s.product());
        String name = product.startsWith(vendor) ? product : (vendor + " " + product).trim();
        return (name + " " + nz(s.productVersion())).trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
