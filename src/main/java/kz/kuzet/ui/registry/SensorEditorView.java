package kz.kuzet.ui.registry;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorState;

/** Controller of {@code fxml/registry/sensor-editor.fxml}: the sensor form bound to its view-model. */
public final class SensorEditorView {

    private final SensorEditorViewModel viewModel;
    private final ResourceBundle text;
    private final ObservableList<String> bodyCodes;
    private final boolean mayChange;

    @FXML private VBox sensorForm;
    @FXML private Label sensorTitle;
    @FXML private ComboBox<String> sensorBodyChoice;
    @FXML private ComboBox<Contour> contourChoice;
    @FXML private ComboBox<SensorKind> kindChoice;
    @FXML private TextField vendorField;
    @FXML private TextField productField;
    @FXML private TextField versionField;
    @FXML private TextField ipField;
    @FXML private TextField modeField;
    @FXML private TextField intervalField;
    @FXML private CheckBox stsBox;
    @FXML private Label stateLabel;
    @FXML private MenuButton moveButton;
    @FXML private Button saveSensorButton;
    @FXML private Button cancelSensorButton;
    @FXML private Button newSensorButton;
    @FXML private Label sensorStatusLabel;

    SensorEditorView(SensorEditorViewModel viewModel, ResourceBundle text, ObservableList<String> bodyCodes,
            boolean mayChange) {
        this.viewModel = viewModel;
        this.text = text;
        this.bodyCodes = bodyCodes;
        this.mayChange = mayChange;
    }

    @FXML
    private void initialize() {
        sensorTitle.textProperty().bind(Bindings.when(viewModel.creatingProperty())
                .then(text.getString("sensor.title.new")).otherwise(text.getString("sensor.title.edit")));
        sensorBodyChoice.setItems(bodyCodes);
        sensorBodyChoice.valueProperty().bindBidirectional(viewModel.bodyProperty());
        sensorBodyChoice.disableProperty().bind(viewModel.creatingProperty().not());
        contourChoice.getItems().setAll(Contour.values());
        contourChoice.setConverter(Forms.words(text, "annex.section."));
        contourChoice.valueProperty().bindBidirectional(viewModel.contourProperty());
        kindChoice.getItems().setAll(SensorKind.values());
        kindChoice.setConverter(Forms.words(text, "sensor.kind."));
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        vendorField.textProperty().bindBidirectional(viewModel.vendorProperty());
        productField.textProperty().bindBidirectional(viewModel.productProperty());
        versionField.textProperty().bindBidirectional(viewModel.productVersionProperty());
        ipField.textProperty().bindBidirectional(viewModel.ipAddressProperty());
        modeField.textProperty().bindBidirectional(viewModel.protectionModeProperty());
        intervalField.textProperty().bindBidirectional(viewModel.intervalProperty());
        stsBox.selectedProperty().bindBidirectional(viewModel.installedByStsProperty());
        stateLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.stateProperty().get() == null
                ? text.getString("registry.sensor.planned") : stateName(viewModel.stateProperty().get()),
                viewModel.stateProperty()));
        viewModel.nextStates().addListener((javafx.collections.ListChangeListener<SensorState>) c -> fillMoves());
        fillMoves();
        moveButton.disableProperty().bind(Bindings.isEmpty(viewModel.nextStates()).or(viewModel.busyProperty())
                .or(Bindings.createBooleanBinding(() -> !mayChange)));
        saveSensorButton.disableProperty().bind(viewModel.busyProperty().or(
                Bindings.createBooleanBinding(() -> !mayChange)));
        newSensorButton.setDisable(!mayChange);
        sensorStatusLabel.textProperty().bind(viewModel.statusProperty());
        Forms.markInvalid(viewModel.invalidFieldProperty(), Map.of("body", sensorBodyChoice, "kind", kindChoice,
                "ip", ipField, "interval", intervalField));
        Forms.keys(sensorForm, this::onSave, this::onCancel);
    }

    private void fillMoves() {
        moveButton.getItems().setAll(viewModel.nextStates().stream().map(s -> {
            MenuItem item = new MenuItem(MessageFormat.format(text.getString("sensor.moveTo"), stateName(s)));
            item.setId("move-" + s.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> viewModel.moveTo(s));
            return item;
        }).toList());
    }

    private String stateName(SensorState s) {
        return text.getString("registry.sensor." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    @FXML
    private void onSave() {
        if (mayChange) {
            viewModel.save();
        }
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onNew() {
        viewModel.startNew(viewModel.bodyProperty().get());
        vendorField.requestFocus();
    }
}
