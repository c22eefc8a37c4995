package kz.kuzet.ui.registry;

import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kz.kuzet.registry.ObjectRegistry.ObjectView;
import kz.kuzet.registry.ScopeExclusion;
import kz.kuzet.ui.console.Views;

/**
 * Controller of {@code fxml/registry/scope.fxml}: a state body's objects and their monitoring scope; marking
 * one out of scope, or bringing it back, asks the user to confirm first.
 */
public final class ScopeView {

    private final ScopeViewModel viewModel;
    private final ResourceBundle text;
    private final ObservableList<String> bodyCodes;
    private final boolean mayChange;

    @FXML private ComboBox<String> scopeBodyChoice;
    @FXML private TextField scopeFilterField;
    @FXML private TableView<ObjectView> scopeTable;
    @FXML private TableColumn<ObjectView, String> scopeHostColumn;
    @FXML private TableColumn<ObjectView, String> scopeIpColumn;
    @FXML private TableColumn<ObjectView, String> scopeDepartmentColumn;
    @FXML private TableColumn<ObjectView, String> scopeSystemColumn;
    @FXML private TableColumn<ObjectView, String> scopeStateColumn;
    @FXML private TableColumn<ObjectView, String> scopeReasonColumn;
    @FXML private VBox scopeForm;
    @FXML private Label scopeObjectLabel;
    @FXML private ComboBox<ScopeExclusion> scopeClauseChoice;
    @FXML private TextArea scopeReasonArea;
    @FXML private Button excludeButton;
    @FXML private Button includeButton;
    @FXML private Label scopeStatusLabel;

    ScopeView(ScopeViewModel viewModel, ResourceBundle text, ObservableList<String> bodyCodes, boolean mayChange) {
        this.viewModel = viewModel;
        this.text = text;
        this.bodyCodes = bodyCodes;
        this.mayChange = mayChange;
    }

    @FXML
    private void initialize() {
        scopeBodyChoice.setItems(bodyCodes);
        scopeBodyChoice.valueProperty().bindBidirectional(viewModel.bodyProperty());
        Forms.firstBodyUnlessChosen(scopeBodyChoice);
        SortedList<ObjectView> sorted = Forms.filteredSorted(viewModel.objects(), scopeFilterField, scopeTable,
                o -> String.join(" ", nz(o.hostName()), nz(o.ipAddress()), nz(o.department()),
                        nz(o.operatingSystem()), state(o), nz(o.reason())));
        scopeTable.setItems(sorted);
        scopeHostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hostName()));
        scopeIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ipAddress()));
        scopeDepartmentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().department()));
        scopeSystemColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().operatingSystem()));
        scopeStateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(state(c.getValue())));
        scopeReasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        scopeTable.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                viewModel.selectedProperty().set(is);
            }
        });
        scopeObjectLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get()
                == null ? text.getString("scope.noObject") : EventLogsViewModel.host(viewModel.selectedProperty()
                .get()), viewModel.selectedProperty()));
        scopeClauseChoice.getItems().setAll(ScopeExclusion.values());
        scopeClauseChoice.setConverter(Views.converter(viewModel::clause));
        scopeClauseChoice.valueProperty().bindBidirectional(viewModel.exclusionProperty());
        scopeReasonArea.textProperty().bindBidirectional(viewModel.reasonProperty());
        excludeButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(
                () -> !mayChange)));
        includeButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(
                () -> !mayChange || viewModel.selectedProperty().get() == null
                        || viewModel.selectedProperty().get().exclusion() == null, viewModel.selectedProperty())));
        scopeStatusLabel.textProperty().bind(viewModel.messageProperty());
        Forms.markInvalid(viewModel.invalidFieldProperty(), Map.of("object", scopeTable, "clause",
                scopeClauseChoice, "reason", scopeReasonArea));
        Forms.keys(scopeForm, this::onExclude, viewModel::reset);
    }

    private String state(ObjectView o) {
        return o.exclusion() == null ? text.getString("scope.state.in") : viewModel.clause(o.exclusion());
    }

    @FXML
    private void onExclude() {
        if (mayChange) {
            confirm(viewModel.askExclude(), viewModel::exclude);
        }
    }

    @FXML
    private void onInclude() {
        if (mayChange) {
            confirm(viewModel.askInclude(), viewModel::include);
        }
    }

    @FXML
    private void onCancel() {
        viewModel.reset();
    }

    /** Asks {@code question} (null: nothing to ask, the form says why); runs {@code change} only on yes. */
    private void confirm(String question, Runnable change) {
        if (question == null) {
            return;
        }
        ButtonType yes = new ButtonType(text.getString("scope.confirm.yes"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.getString("scope.confirm.no"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(text.getString("scope.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("scopeConfirmDialog");
        alert.initOwner(scopeForm.getScene().getWindow());
        alert.resultProperty().addListener((o, was, answer) -> {
            if (answer == yes) {
                change.run();
            }
        });
        alert.show();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
