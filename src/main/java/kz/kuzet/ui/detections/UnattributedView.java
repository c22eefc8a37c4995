package kz.kuzet.ui.detections;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kz.kuzet.incident.DetectionLine;
import kz.kuzet.incident.ObjectChoice;
import kz.kuzet.ui.console.Views;

/** The unattributed detections, with a search of the registry's objects to attribute one to. */
public final class UnattributedView {

    private final UnattributedModel model;
    private final ResourceBundle bundle;
    private final Parent root;

    @FXML private Label noteLabel;
    @FXML private TableView<DetectionLine> table;
    @FXML private TableColumn<DetectionLine, String> timeColumn;
    @FXML private TableColumn<DetectionLine, String> srcColumn;
    @FXML private TableColumn<DetectionLine, String> dstColumn;
    @FXML private TableColumn<DetectionLine, String> hostColumn;
    @FXML private TableColumn<DetectionLine, String> signatureColumn;
    @FXML private TableColumn<DetectionLine, String> productColumn;
    @FXML private TextField searchField;
    @FXML private TableView<ObjectChoice> objectsTable;
    @FXML private TableColumn<ObjectChoice, String> objBodyColumn;
    @FXML private TableColumn<ObjectChoice, String> objHostColumn;
    @FXML private TableColumn<ObjectChoice, String> objIpColumn;
    @FXML private TableColumn<ObjectChoice, String> objDeptColumn;

    public UnattributedView(UnattributedModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.root = Views.load("unattributed.fxml", this, bundle);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.bindNote(noteLabel, model.noteProperty(), bundle);
        table.setItems(model.detections());
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Views.time(c.getValue().detectedAt())));
        srcColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().srcIp()));
        dstColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dstIp()));
        hostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hostName()));
        signatureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().signatureName()));
        productColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sourceProduct()));
        searchField.textProperty().bindBidirectional(model.objectSearchProperty());
        objectsTable.setItems(model.objects());
        objBodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        objHostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hostName()));
        objIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ipAddress()));
        objDeptColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().department()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && (model.objectSearchProperty().get() == null
                    || model.objectSearchProperty().get().isBlank())) {
                model.objectSearchProperty().set(is.dstIp() != null ? is.dstIp() : is.hostName());
                model.searchObjects();
            }
        });
    }

    @FXML private void search() { model.searchObjects(); }

    @FXML
    private void attribute() {
        model.attribute(table.getSelectionModel().getSelectedItem(),
                objectsTable.getSelectionModel().getSelectedItem());
    }
}
