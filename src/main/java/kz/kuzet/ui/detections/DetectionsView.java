package kz.kuzet.ui.detections;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.DetectionGroup;
import kz.kuzet.ui.clocks.ClockCell;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Views;

/**
 * The new-detections queue. Keyboard first: F false positive, E CS event, I CS incident, M merge into a record;
 * Shift/Ctrl+arrows select many.
 */
public final class DetectionsView {

    private final DetectionsModel model;
    private final ConsoleModel console;
    private final ResourceBundle bundle;
    private Parent root;

    @FXML private Label totalsLabel;
    @FXML private Label noteLabel;
    @FXML private HBox mergeBar;
    @FXML private TextField mergeField;
    @FXML private TableView<DetectionGroup> table;
    @FXML private TableColumn<DetectionGroup, DetectionGroup> sbColumn;
    @FXML private TableColumn<DetectionGroup, DetectionGroup> knbColumn;
    @FXML private TableColumn<DetectionGroup, String> bodyColumn;
    @FXML private TableColumn<DetectionGroup, String> hostColumn;
    @FXML private TableColumn<DetectionGroup, String> signatureColumn;
    @FXML private TableColumn<DetectionGroup, String> severityColumn;
    @FXML private TableColumn<DetectionGroup, Number> countColumn;
    @FXML private TableColumn<DetectionGroup, String> earliestColumn;
    @FXML private TextArea rawArea;

    public DetectionsView(DetectionsModel model, ConsoleModel console, ResourceBundle bundle) {
        this.model = model;
        this.console = console;
        this.bundle = bundle;
        this.root = Views.load("detections.fxml", this, bundle);
    }

    public Parent root() {
        return root;
    }

    public TableView<DetectionGroup> table() {
        return table;
    }

    @FXML
    private void initialize() {
        totalsLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                bundle.getString("detections.totals"), model.totalDetectionsProperty().get(),
                model.totalGroupsProperty().get(), model.groups().size()),
                model.totalDetectionsProperty(), model.totalGroupsProperty(), model.groups()));
        Views.bindNote(noteLabel, model.noteProperty(), bundle);
        mergeField.textProperty().bindBidirectional(model.mergeTargetProperty());
        rawArea.textProperty().bind(model.rawTextProperty());

        table.setItems(model.groups());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        sbColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        sbColumn.setCellFactory(c -> new ClockCell<>(console.nowProperty(), bundle,
                (g, now) -> RegulationClocks.evaluate(g.facts(), now).get(ClockName.SB_NOTICE), false));
        knbColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        knbColumn.setCellFactory(c -> new ClockCell<>(console.nowProperty(), bundle,
                (g, now) -> RegulationClocks.evaluate(g.facts(), now).get(ClockName.KNB_NOTICE), false));
        bodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode() + " — "
                + Views.bodyName(bundle, c.getValue().bodyNameKk(), c.getValue().bodyNameRu())));
        hostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().hostName() == null ? "—" : c.getValue().hostName()));
        signatureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().signatureName()));
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Views.severity(bundle, c.getValue().severity())));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        earliestColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Views.time(c.getValue().earliest())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> model.loadRawText(is));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        mergeField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideMerge();
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case F -> falsePositive();
            case E -> event();
            case I -> incident();
            case M -> showMerge();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private List<DetectionGroup> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    @FXML private void falsePositive() { model.classify(selected(), RecordKind.FALSE_POSITIVE); }
    @FXML private void event() { model.classify(selected(), RecordKind.EVENT); }
    @FXML private void incident() { model.classify(selected(), RecordKind.INCIDENT); }

    @FXML
    private void showMerge() {
        mergeBar.setVisible(true);
        mergeBar.setManaged(true);
        Platform.runLater(mergeField::requestFocus);
    }

    @FXML
    private void hideMerge() {
        mergeBar.setVisible(false);
        mergeBar.setManaged(false);
        table.requestFocus();
    }

    @FXML
    private void merge() {
        model.mergeInto(selected(), mergeField.getText());
        hideMerge();
    }
}
