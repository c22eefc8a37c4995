package kz.kuzet.ui.registry;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ObjectRegistry.ObjectView;
import kz.kuzet.registry.SupportWorkService.CollectorView;
import kz.kuzet.registry.SupportWorkService.EventLogView;
import kz.kuzet.ui.console.Views;

/**
 * Controller of {@code fxml/registry/collection.fxml}: per state body, the event logs each object passes to the
 * NCCC (R-10.3.a) and the log-collection systems per contour (R-10.3.c), each with its add form.
 */
public final class CollectionView {

    private final EventLogsViewModel logs;
    private final CollectorsViewModel collectors;
    private final ResourceBundle text;
    private final ObservableList<String> bodyCodes;
    private final boolean mayChange;

    @FXML private ComboBox<String> collectionBodyChoice;
    @FXML private TextField collectionFilterField;
    @FXML private TableView<EventLogView> eventLogsTable;
    @FXML private TableColumn<EventLogView, String> logHostColumn;
    @FXML private TableColumn<EventLogView, String> logIpColumn;
    @FXML private TableColumn<EventLogView, String> logNameColumn;
    @FXML private TableColumn<EventLogView, String> logFromColumn;
    @FXML private TableView<CollectorView> collectorsTable;
    @FXML private TableColumn<CollectorView, String> collectorContourColumn;
    @FXML private TableColumn<CollectorView, String> collectorHostColumn;
    @FXML private TableColumn<CollectorView, String> collectorIpColumn;
    @FXML private TableColumn<CollectorView, String> collectorProductColumn;
    @FXML private TableColumn<CollectorView, String> collectorNotesColumn;
    @FXML private VBox eventLogForm;
    @FXML private ComboBox<ObjectView> logObjectChoice;
    @FXML private TextField logNameField;
    @FXML private DatePicker logFromPicker;
    @FXML private Button saveLogButton;
    @FXML private Label logStatusLabel;
    @FXML private VBox collectorForm;
    @FXML private ComboBox<Contour> collectorContourChoice;
    @FXML private TextField collectorHostField;
    @FXML private TextField collectorIpField;
    @FXML private TextField collectorProductField;
    @FXML private TextArea collectorNotesArea;
    @FXML private Button saveCollectorButton;
    @FXML private Label collectorStatusLabel;

    CollectionView(EventLogsViewModel logs, CollectorsViewModel collectors, ResourceBundle text,
            ObservableList<String> bodyCodes, boolean mayChange) {
        this.logs = logs;
        this.collectors = collectors;
        this.text = text;
        this.bodyCodes = bodyCodes;
        this.mayChange = mayChange;
    }

    @FXML
    private void initialize() {
        collectionBodyChoice.setItems(bodyCodes);
        collectionBodyChoice.valueProperty().bindBidirectional(logs.bodyProperty());
        collectionBodyChoice.valueProperty().bindBidirectional(collectors.bodyProperty());
        Forms.firstBodyUnlessChosen(collectionBodyChoice);
        eventLogsTable.setItems(Forms.filteredSorted(logs.logs(), collectionFilterField, eventLogsTable, l -> String.join(" ", nz(l.hostName()),
                nz(l.ipAddress()), l.logName())));
        logHostColumn.setCellValueFactory(c -> cell(c.getValue().hostName()));
        logIpColumn.setCellValueFactory(c -> cell(c.getValue().ipAddress()));
        logNameColumn.setCellValueFactory(c -> cell(c.getValue().logName()));
        logFromColumn.setCellValueFactory(c -> cell(c.getValue().passedFrom() == null ? ""
                : c.getValue().passedFrom().toString()));
        collectorsTable.setItems(Forms.filteredSorted(collectors.collectors(), collectionFilterField, collectorsTable, c -> String.join(" ",
                contourName(c.contour()), nz(c.hostName()), nz(c.ipAddress()), nz(c.product()), nz(c.notes()))));
        collectorContourColumn.setCellValueFactory(c -> cell(contourName(c.getValue().contour())));
        collectorHostColumn.setCellValueFactory(c -> cell(c.getValue().hostName()));
        collectorIpColumn.setCellValueFactory(c -> cell(c.getValue().ipAddress()));
        collectorProductColumn.setCellValueFactory(c -> cell(c.getValue().product()));
        collectorNotesColumn.setCellValueFactory(c -> cell(c.getValue().notes()));
        initEventLogForm();
        initCollectorForm();
    }

    private void initEventLogForm() {
        logObjectChoice.setItems(logs.objects());
        logObjectChoice.setConverter(Views.converter(o -> EventLogsViewModel.host(o)
                + (o.ipAddress() == null || o.hostName() == null ? "" : " (" + o.ipAddress() + ")")));
        logObjectChoice.valueProperty().bindBidirectional(logs.objectProperty());
        logNameField.textProperty().bindBidirectional(logs.logNameProperty());
        Forms.isoDates(logFromPicker);
        logFromPicker.valueProperty().bindBidirectional(logs.passedFromProperty());
        saveLogButton.disableProperty().bind(logs.busyProperty().or(Bindings.createBooleanBinding(() -> !mayChange)));
        logStatusLabel.textProperty().bind(logs.messageProperty());
        Forms.markInvalid(logs.invalidFieldProperty(), Map.of("body", collectionBodyChoice, "object",
                logObjectChoice, "name", logNameField));
        Forms.keys(eventLogForm, this::onSaveLog, logs::clear);
    }

    private void initCollectorForm() {
        collectorContourChoice.getItems().setAll(Contour.values());
        collectorContourChoice.setConverter(Views.converter(this::contourName));
        collectorContourChoice.valueProperty().bindBidirectional(collectors.contourProperty());
        collectorHostField.textProperty().bindBidirectional(collectors.hostNameProperty());
        collectorIpField.textProperty().bindBidirectional(collectors.ipAddressProperty());
        collectorProductField.textProperty().bindBidirectional(collectors.productProperty());
        collectorNotesArea.textProperty().bindBidirectional(collectors.notesProperty());
        saveCollectorButton.disableProperty().bind(collectors.busyProperty().or(
                Bindings.createBooleanBinding(() -> !mayChange)));
        collectorStatusLabel.textProperty().bind(collectors.messageProperty());
        Forms.markInvalid(collectors.invalidFieldProperty(), Map.of("body", collectionBodyChoice, "contour",
                collectorContourChoice, "host", collectorHostField, "ip", collectorIpField, "product",
                collectorProductField, "notes", collectorNotesArea));
        Forms.keys(collectorForm, this::onSaveCollector, collectors::clear);
    }

    private static ObservableValue<String> cell(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private String contourName(Contour c) {
        return text.getString("annex.section." + c.name().toLowerCase(Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private void onSaveLog() {
        if (mayChange) {
            logs.save();
        }
    }

    @FXML
    private void onCancelLog() {
        logs.clear();
    }

    @FXML
    private void onSaveCollector() {
        if (mayChange) {
            collectors.save();
        }
    }

    @FXML
    private void onCancelCollector() {
        collectors.clear();
    }
}
