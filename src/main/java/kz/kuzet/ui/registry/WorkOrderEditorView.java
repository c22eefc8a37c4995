package kz.kuzet.ui.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.WorkStatus;
import kz.kuzet.registry.WorkTask;
import kz.kuzet.ui.console.Views;

/** Controller of {@code fxml/registry/work-order-editor.fxml}: the work order form bound to its view-model. */
public final class WorkOrderEditorView {

    private final WorkOrderEditorViewModel viewModel;
    private final ResourceBundle text;
    private final ObservableList<String> bodyCodes;
    private final ObservableList<SensorView> sensors;
    private final boolean mayChange;

    @FXML private VBox workForm;
    @FXML private Label workTitle;
    @FXML private ComboBox<String> workBodyChoice;
    @FXML private ComboBox<Long> sensorChoice;
    @FXML private ComboBox<WorkTask> taskChoice;
    @FXML private ComboBox<WorkStatus> statusChoice;
    @FXML private DatePicker openedPicker;
    @FXML private DatePicker duePicker;
    @FXML private DatePicker donePicker;
    @FXML private TextField engineerField;
    @FXML private TextArea notesArea;
    @FXML private Button saveWorkButton;
    @FXML private Button cancelWorkButton;
    @FXML private Button newWorkButton;
    @FXML private Label workStatusLabel;

    WorkOrderEditorView(WorkOrderEditorViewModel viewModel, ResourceBundle text, ObservableList<String> bodyCodes,
            ObservableList<SensorView> sensors, boolean mayChange) {
        this.viewModel = viewModel;
        this.text = text;
        this.bodyCodes = bodyCodes;
        this.sensors = sensors;
        this.mayChange = mayChange;
    }

    @FXML
    private void initialize() {
        workTitle.textProperty().bind(Bindings.when(viewModel.creatingProperty())
                .then(text.getString("work.title.new")).otherwise(text.getString("work.title.edit")));
        workBodyChoice.setItems(bodyCodes);
        workBodyChoice.valueProperty().bindBidirectional(viewModel.bodyProperty());
        var editing = viewModel.creatingProperty().not();
        workBodyChoice.disableProperty().bind(editing);
        sensorChoice.disableProperty().bind(editing);
        sensorChoice.setConverter(Views.converter(id -> id == -1L ? text.getString("work.noSensor")
                : sensors.stream().filter(s -> s.id() == id).findFirst().map(s -> "#" + id + " "
                        + RegistryView.product(s)).orElse("#" + id)));
        viewModel.bodyProperty().addListener((o, was, is) -> fillSensors());
        sensors.addListener((javafx.collections.ListChangeListener<SensorView>) c -> fillSensors());
        fillSensors();
        sensorChoice.valueProperty().addListener((o, was, is) -> viewModel.sensorIdProperty().set(
                is == null || is == -1L ? null : is));
        viewModel.sensorIdProperty().addListener((o, was, is) -> sensorChoice.setValue(is == null ? -1L : is));
        taskChoice.getItems().setAll(WorkTask.values());
        taskChoice.setConverter(Views.converter(t -> text.getString("work.type." + t.workType().name()
                .toLowerCase(java.util.Locale.ROOT)) + ": " + text.getString("work.task."
                + t.name().toLowerCase(java.util.Locale.ROOT))));
        taskChoice.valueProperty().bindBidirectional(viewModel.taskProperty());
        taskChoice.disableProperty().bind(editing);
        statusChoice.getItems().setAll(WorkStatus.values());
        statusChoice.setConverter(Forms.words(text, "work.state."));
        statusChoice.valueProperty().bindBidirectional(viewModel.statusProperty());
        statusChoice.disableProperty().bind(viewModel.creatingProperty());
        Forms.isoDates(openedPicker, duePicker, donePicker);
        openedPicker.valueProperty().bindBidirectional(viewModel.openedOnProperty());
        openedPicker.disableProperty().bind(editing);
        duePicker.valueProperty().bindBidirectional(viewModel.dueOnProperty());
        duePicker.disableProperty().bind(editing);
        donePicker.valueProperty().bindBidirectional(viewModel.doneOnProperty());
        donePicker.disableProperty().bind(viewModel.creatingProperty());
        engineerField.textProperty().bindBidirectional(viewModel.engineerProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        saveWorkButton.disableProperty().bind(viewModel.busyProperty().or(
                Bindings.createBooleanBinding(() -> !mayChange)));
        newWorkButton.setDisable(!mayChange);
        workStatusLabel.textProperty().bind(viewModel.messageProperty());
        Forms.markInvalid(viewModel.invalidFieldProperty(), Map.of("body", workBodyChoice, "task", taskChoice,
                "opened", openedPicker, "due", duePicker, "done", donePicker, "engineer", engineerField,
                "notes", notesArea));
        Forms.keys(workForm, this::onSave, this::onCancel);
    }

    private void fillSensors() {
        String body = viewModel.bodyProperty().get();
        List<Long> ids = new ArrayList<>();
        ids.add(-1L);
        sensors.stream().filter(s -> s.bodyCode().equals(body)).forEach(s -> ids.add(s.id()));
        Long chosen = viewModel.sensorIdProperty().get();
        sensorChoice.getItems().setAll(ids);
        sensorChoice.setValue(chosen == null ? -1L : chosen);
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
        workBodyChoice.requestFocus();
    }
}
