package kz.kuzet.ui.registry;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
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
import kz.kuzet.registry.CoordinatorActivityKind;
import kz.kuzet.registry.SupportWorkService.ActivityView;
import kz.kuzet.ui.console.Views;

/** Controller of {@code fxml/registry/coordinator.fxml}: the coordinator's work per state body. */
public final class CoordinatorWorkView {

    private final CoordinatorWorkViewModel viewModel;
    private final ResourceBundle text;
    private final ObservableList<String> bodyCodes;
    private final boolean mayChange;

    @FXML private ComboBox<String> activityBodyChoice;
    @FXML private TextField activityFilterField;
    @FXML private TableView<ActivityView> activitiesTable;
    @FXML private TableColumn<ActivityView, String> activityDateColumn;
    @FXML private TableColumn<ActivityView, String> activityKindColumn;
    @FXML private TableColumn<ActivityView, String> activityAuthorColumn;
    @FXML private TableColumn<ActivityView, String> activityTextColumn;
    @FXML private VBox activityForm;
    @FXML private ComboBox<CoordinatorActivityKind> activityKindChoice;
    @FXML private DatePicker activityDatePicker;
    @FXML private TextField activityAuthorField;
    @FXML private TextArea activityTextArea;
    @FXML private Button saveActivityButton;
    @FXML private Button cancelActivityButton;
    @FXML private Label activityStatusLabel;

    CoordinatorWorkView(CoordinatorWorkViewModel viewModel, ResourceBundle text, ObservableList<String> bodyCodes,
            boolean mayChange) {
        this.viewModel = viewModel;
        this.text = text;
        this.bodyCodes = bodyCodes;
        this.mayChange = mayChange;
    }

    @FXML
    private void initialize() {
        activityBodyChoice.setItems(bodyCodes);
        activityBodyChoice.valueProperty().bindBidirectional(viewModel.bodyProperty());
        Forms.firstBodyUnlessChosen(activityBodyChoice);
        SortedList<ActivityView> sorted = Forms.filteredSorted(viewModel.activities(), activityFilterField,
                activitiesTable, a -> kindName(a.kind()) + " " + a.author() + " " + a.description() + " " + a.doneOn());
        activitiesTable.setItems(sorted);
        activityDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().doneOn().toString()));
        activityKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(kindName(c.getValue().kind())));
        activityAuthorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().author()));
        activityTextColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));
        activityKindChoice.getItems().setAll(CoordinatorActivityKind.values());
        activityKindChoice.setConverter(Views.converter(this::kindName));
        activityKindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        Forms.isoDates(activityDatePicker);
        activityDatePicker.valueProperty().bindBidirectional(viewModel.doneOnProperty());
        activityAuthorField.textProperty().bindBidirectional(viewModel.authorProperty());
        activityAuthorField.setPromptText(text.getString("coordinator.author.prompt"));
        activityTextArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        saveActivityButton.disableProperty().bind(viewModel.busyProperty().or(
                Bindings.createBooleanBinding(() -> !mayChange)));
        activityStatusLabel.textProperty().bind(viewModel.messageProperty());
        Forms.markInvalid(viewModel.invalidFieldProperty(), Map.of("body", activityBodyChoice, "date",
                activityDatePicker, "description", activityTextArea));
        Forms.keys(activityForm, this::onSave, this::onCancel);
    }

    private String kindName(CoordinatorActivityKind k) {
        return text.getString("coordinator.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void onSave() {
        if (mayChange) {
            viewModel.save();
        }
    }

    @FXML
    private void onCancel() {
        viewModel.clear();
    }
}
