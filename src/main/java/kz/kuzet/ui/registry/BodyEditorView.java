package kz.kuzet.ui.registry;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import kz.kuzet.registry.StateBodyKind;

/** Controller of {@code fxml/registry/body-editor.fxml}: binds the state body form to its view-model. */
public final class BodyEditorView {

    private final BodyEditorViewModel viewModel;
    private final ResourceBundle text;
    private boolean mayChange = true;

    @FXML private TextField codeField;
    @FXML private TextField nameKkField;
    @FXML private TextField nameRuField;
    @FXML private ComboBox<StateBodyKind> kindChoice;
    @FXML private TextField contactNameField;
    @FXML private TextField contactPositionField;
    @FXML private TextField contactEmailField;
    @FXML private ComboBox<String> noticeLanguageChoice;
    @FXML private CheckBox installationBox;
    @FXML private CheckBox supportBox;
    @FXML private CheckBox observationBox;
    @FXML private DatePicker contractStartPicker;
    @FXML private DatePicker contractEndPicker;
    @FXML private TextField knbRefField;
    @FXML private Button saveBodyButton;
    @FXML private Button newBodyButton;
    @FXML private Label bodyStatusLabel;

    BodyEditorView(BodyEditorViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
    }

    /** Whether the logged-in user may change state bodies (the service decides; the screen only mirrors it). */
    void permit(boolean mayChange) {
        this.mayChange = mayChange;
    }

    BodyEditorViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        codeField.editableProperty().bind(viewModel.creatingProperty());
        nameKkField.textProperty().bindBidirectional(viewModel.nameKkProperty());
        nameRuField.textProperty().bindBidirectional(viewModel.nameRuProperty());
        kindChoice.getItems().setAll(StateBodyKind.values());
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(StateBodyKind k) {
                return k == null ? "" : text.getString("registry.kind." + k.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public StateBodyKind fromString(String s) {
                return null;
            }
        });
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        contactNameField.textProperty().bindBidirectional(viewModel.contactNameProperty());
        contactPositionField.textProperty().bindBidirectional(viewModel.contactPositionProperty());
        contactEmailField.textProperty().bindBidirectional(viewModel.contactEmailProperty());
        noticeLanguageChoice.getItems().setAll(BodyEditorViewModel.NOTICE_LANGUAGES);
        noticeLanguageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : text.getString("body.noticeLanguage." + code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        noticeLanguageChoice.valueProperty().bindBidirectional(viewModel.noticeLanguageProperty());
        installationBox.selectedProperty().bindBidirectional(viewModel.installationProperty());
        supportBox.selectedProperty().bindBidirectional(viewModel.supportProperty());
        observationBox.selectedProperty().bindBidirectional(viewModel.observationProperty());
        Forms.isoDates(contractStartPicker, contractEndPicker);
        contractStartPicker.valueProperty().bindBidirectional(viewModel.contractStartProperty());
        contractEndPicker.valueProperty().bindBidirectional(viewModel.contractEndProperty());
        knbRefField.textProperty().bindBidirectional(viewModel.knbContractRefProperty());
        saveBodyButton.disableProperty().bind(viewModel.busyProperty().or(
                new javafx.beans.property.SimpleBooleanProperty(!mayChange)));
        newBodyButton.setDisable(!mayChange);
        bodyStatusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onNew() {
        viewModel.startNew();
    }
}
