package kz.kuzet.ui.firstrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.kuzet.settings.ConsoleSettings.DatabaseKind;

/**
 * The first-run wizard and the settings screen ({@code fxml/firstrun/wizard.fxml}). Choosing another language
 * rebuilds the view in it; what was typed lives in the {@link FirstRunModel} and stays.
 */
public final class FirstRunWizard {

    private final FirstRunModel model;
    private final Stage stage;
    private final Consumer<FirstRunModel.Outcome> done;
    private final Runnable cancelled;
    private boolean finished;

    @FXML private ToggleGroup languageGroup;
    @FXML private ToggleGroup databaseGroup;
    @FXML private ToggleGroup dataGroup;
    @FXML private VBox languagePage;
    @FXML private VBox databasePage;
    @FXML private VBox dataPage;
    @FXML private VBox adminPage;
    @FXML private RadioButton languageKk;
    @FXML private RadioButton languageRu;
    @FXML private RadioButton languageEn;
    @FXML private RadioButton databaseEmbedded;
    @FXML private RadioButton databaseServer;
    @FXML private GridPane serverFields;
    @FXML private TextField serverUrl;
    @FXML private TextField serverUser;
    @FXML private PasswordField serverPassword;
    @FXML private Button testButton;
    @FXML private Label connectionMessage;
    @FXML private RadioButton dataEmpty;
    @FXML private RadioButton dataDemo;
    @FXML private Label adminMessage;
    @FXML private GridPane adminFields;
    @FXML private TextField adminUser;
    @FXML private TextField adminDisplayName;
    @FXML private PasswordField adminPassword;
    @FXML private PasswordField adminRepeat;
    @FXML private Label problem;
    @FXML private Label stepLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button finishButton;

    private FirstRunWizard(FirstRunModel model, Stage stage, Consumer<FirstRunModel.Outcome> done, Runnable cancelled) {
        this.model = model;
        this.stage = stage;
        this.done = done;
        this.cancelled = cancelled;
    }

    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("kz.kuzet.i18n.firstrun", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Shows the wizard in the stage; {@code done} gets what was chosen (on the JavaFX thread) once saved,
     * {@code cancelled} runs if the window is closed before.
     */
    public static void show(FirstRunModel model, Stage stage, Consumer<FirstRunModel.Outcome> done,
            Runnable cancelled) {
        FirstRunWizard wizard = new FirstRunWizard(model, stage, done, cancelled);
        stage.setScene(new Scene(wizard.load()));
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, wizard::enterGoesOn);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.bundle().getString(model.settingsOnly() ? "settings.title" : "firstrun.title"),
                model.languageProperty()));
        model.languageProperty().addListener((o, was, is) -> stage.getScene().setRoot(wizard.load()));
        stage.setOnHidden(e -> {
            if (!wizard.finished) {
                cancelled.run();
            }
        });
        stage.show();
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(FirstRunWizard.class.getResource("/fxml/firstrun/wizard.fxml"),
                model.bundle());
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The first-run screen is missing from the program: " + e.getMessage(), e);
        }
    }

    @FXML
    private void initialize() {
        Map<RadioButton, String> languages = Map.of(languageKk, "kk", languageRu, "ru", languageEn, "en");
        languages.forEach((button, code) -> {
            button.setUserData(code);
            button.setSelected(code.equals(model.language.get()));
        });
        languageGroup.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.language.set((String) is.getUserData());
            }
        });
        databaseEmbedded.setSelected(model.databaseKind.get() == DatabaseKind.EMBEDDED);
        databaseServer.setSelected(model.databaseKind.get() == DatabaseKind.POSTGRESQL);
        databaseGroup.selectedToggleProperty().addListener((o, was, is) ->
                model.databaseKind.set(is == databaseServer ? DatabaseKind.POSTGRESQL : DatabaseKind.EMBEDDED));
        serverFields.disableProperty().bind(model.databaseKind.isNotEqualTo(DatabaseKind.POSTGRESQL));
        serverUrl.textProperty().bindBidirectional(model.serverUrl);
        serverUser.textProperty().bindBidirectional(model.serverUser);
        serverPassword.textProperty().bindBidirectional(model.serverPassword);
        connectionMessage.textProperty().bind(model.connectionMessage);
        testButton.disableProperty().bind(model.testing);
        dataDemo.setSelected(model.loadDemo.get());
        dataEmpty.setSelected(!model.loadDemo.get());
        dataGroup.selectedToggleProperty().addListener((o, was, is) -> model.loadDemo.set(is == dataDemo));
        adminUser.textProperty().bindBidirectional(model.adminUser);
        adminDisplayName.textProperty().bindBidirectional(model.adminDisplayName);
        adminPassword.textProperty().bindBidirectional(model.adminPassword);
        adminRepeat.textProperty().bindBidirectional(model.adminRepeat);
        adminFields.visibleProperty().bind(model.adminState.isEqualTo(FirstRunModel.AdminState.NEEDED));
        problem.textProperty().bind(model.problem);
        model.adminState.addListener((o, was, is) -> {
            showAdminState();
            focusPage();
        });
        model.page.addListener((o, was, is) -> {
            showPage();
            focusPage();
        });
        model.working.addListener((o, was, is) -> showPage());
        showAdminState();
        showPage();
        focusPage();
    }

    /** Puts the keyboard on the page's first choice, so the wizard can be answered without a mouse. */
    private void focusPage() {
        javafx.scene.Node target = switch (model.page.get()) {
            case LANGUAGE -> (javafx.scene.Node) languageGroup.getSelectedToggle();
            case DATABASE -> (javafx.scene.Node) databaseGroup.getSelectedToggle();
            case DATA -> (javafx.scene.Node) dataGroup.getSelectedToggle();
            case ADMIN -> model.adminState.get() == FirstRunModel.AdminState.NEEDED ? adminUser : finishButton;
        };
        if (target != null) {
            javafx.application.Platform.runLater(target::requestFocus);
        }
    }

    private void showAdminState() {
        ResourceBundle b = model.bundle();
        adminMessage.setText(switch (model.adminState.get()) {
            case CHECKING -> b.getString("admin.checking");
            case EXISTS -> b.getString("admin.exists");
            case NEEDED, UNKNOWN -> "";
        });
        showPage();
    }

    private void showPage() {
        FirstRunModel.Page page = model.page.get();
        languagePage.setVisible(page == FirstRunModel.Page.LANGUAGE);
        databasePage.setVisible(page == FirstRunModel.Page.DATABASE);
        dataPage.setVisible(page == FirstRunModel.Page.DATA);
        adminPage.setVisible(page == FirstRunModel.Page.ADMIN);
        boolean last = model.isLast();
        boolean busy = model.working.get();
        backButton.setDisable(page == model.pages().get(0) || busy);
        nextButton.setVisible(!last);
        nextButton.setManaged(!last);
        nextButton.setDefaultButton(!last);
        finishButton.setVisible(last);
        finishButton.setManaged(last);
        finishButton.setDefaultButton(last);
        finishButton.setText(model.bundle().getString(model.settingsOnly() ? "button.save" : "button.finish"));
        finishButton.setDisable(busy || !model.settingsOnly() && (model.adminState.get() == FirstRunModel.AdminState.CHECKING
                || model.adminState.get() == FirstRunModel.AdminState.UNKNOWN));
        stepLabel.setText(MessageFormat.format(model.bundle().getString("step"),
                model.pages().indexOf(page) + 1, model.pages().size()));
    }

    /** Enter on a choice or a field goes to the next step (or finishes), as the highlighted button says. */
    private void enterGoesOn(javafx.scene.input.KeyEvent e) {
        if (e.getCode() != javafx.scene.input.KeyCode.ENTER || stage.getScene().getFocusOwner() instanceof Button) {
            return;
        }
        e.consume();
        Button go = model.isLast() ? finishButton : nextButton;
        if (!go.isDisabled()) {
            go.fire();
        }
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void finish() {
        Consumer<FirstRunModel.Outcome> close = outcome -> {
            finished = true;
            done.accept(outcome); // first, so a window stays showing and JavaFX does not exit
            stage.close();
        };
        if (model.settingsOnly()) {
            model.save(close);
        } else {
            model.finish(close);
        }
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
