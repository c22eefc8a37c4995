package kz.kuzet.ui.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.Severity;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.ui.console.Views;

/** The response actions of a live record: grading, assignment, closing, and the tabs of drafts. */
final class RecordActionsView implements RecordSide {

    private final RecordModel model;
    private final RecordActions actions;
    private final ResourceBundle bundle;

    @FXML private FlowPane actionBar;
    @FXML private TabPane actionTabs;
    @FXML private ComboBox<RecordKind> kindBox;
    @FXML private ComboBox<Severity> severityBox;
    @FXML private ComboBox<Category> categoryBox;
    @FXML private TextField assigneeField;
    @FXML private Button closeButton;
    @FXML private Button reopenButton;
    @FXML private TextArea analysisArea;
    @FXML private TextArea recommendationArea;
    @FXML private ComboBox<RecordDetail.SensorChoice> sensorBox;
    @FXML private TextArea measureArea;
    @FXML private ComboBox<DispatchDecider> deciderBox;
    @FXML private TextField employeeField;
    @FXML private TextField dispatchWhenField;
    @FXML private TextArea dispatchNotesArea;
    @FXML private TextField reportWhenField;
    @FXML private TextArea reportAnalysisArea;
    @FXML private TextArea reportMeasuresArea;
    @FXML private CheckBox reportEliminatedBox;
    @FXML private ComboBox<NoticeKind> noticeKindBox;
    @FXML private TextField recipientField;
    @FXML private ComboBox<DeliveryChannel> channelBox;
    @FXML private TextField referenceField;
    @FXML private TextField noticeWhenField;
    @FXML private javafx.scene.layout.VBox noticeDocumentsBox;
    private NoticeDocumentsPane noticeDocuments;

    RecordActionsView(RecordModel model, ResourceBundle bundle) {
        this.model = model;
        this.actions = new RecordActions(model);
        this.bundle = bundle;
        Pane holder = (Pane) Views.load("record-actions.fxml", this, bundle);
        holder.getChildren().clear();
    }

    @Override
    public Node toolbar() {
        return actionBar;
    }

    @Override
    public Node panel() {
        return actionTabs;
    }

    @FXML
    private void initialize() {
        choices();
        bindDrafts();
        addExportPackageButton();
        model.detailProperty().addListener((o, was, is) -> show(is));
        show(model.detailProperty().get());
        noticeDocuments = new NoticeDocumentsPane(model, bundle);
        noticeDocumentsBox.getChildren().setAll(noticeDocuments.root());
    }

    /** The preview window opened last from the notice tab (tests). */
    kz.kuzet.ui.preview.PreviewDialog lastPreview() {
        return noticeDocuments.lastOpened();
    }

    /** "Export package…" beside the record's actions, for those who may export (offline packages, issue 8). */
    private void addExportPackageButton() {
        Button export = new Button(bundle.getString("record.package.export"));
        export.setId("exportPackageButton");
        export.setTooltip(new javafx.scene.control.Tooltip(bundle.getString("record.package.title")));
        kz.kuzet.security.Actor actor = model.console().actor();
        export.setDisable(actor == null || !actor.may(kz.kuzet.security.Permission.DATA_EXPORT));
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(bundle.getString("record.package.title"));
            chooser.setInitialFileName("kuzet-record-" + model.recordId() + kz.kuzet.packages.PackageFormat.EXTENSION);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Kuzet package",
                    "*" + kz.kuzet.packages.PackageFormat.EXTENSION));
            java.io.File file = chooser.showSaveDialog(actionBar.getScene().getWindow());
            if (file != null) {
                model.exportPackage(file.toPath());
            }
        });
        actionBar.getChildren().add(export);
    }

    private void choices() {
        kindBox.getItems().setAll(RecordKind.values());
        kindBox.setConverter(Views.converter(k -> bundle.getString("kind." + k.id())));
        severityBox.getItems().setAll(Severity.values());
        severityBox.setConverter(Views.converter(s -> Views.severity(bundle, s)));
        categoryBox.getItems().setAll(Category.values());
        categoryBox.setConverter(Views.converter(c -> Views.enumText(bundle, "category.", c)));
        deciderBox.getItems().setAll(DispatchDecider.values());
        deciderBox.setConverter(Views.converter(
                d -> bundle.getString("decider." + d.name().toLowerCase(Locale.ROOT))));
        noticeKindBox.getItems().setAll(Arrays.asList(NoticeKind.values()));
        noticeKindBox.setConverter(Views.converter(k -> Views.enumText(bundle, "noticekind.", k)));
        channelBox.getItems().setAll(DeliveryChannel.values());
        channelBox.setConverter(Views.converter(c -> Views.enumText(bundle, "channel.", c)));
        sensorBox.setConverter(Views.converter(RecordDetail.SensorChoice::label));
    }

    private void bindDrafts() {
        kindBox.valueProperty().bindBidirectional(model.kind);
        severityBox.valueProperty().bindBidirectional(model.severity);
        categoryBox.valueProperty().bindBidirectional(model.category);
        assigneeField.textProperty().bindBidirectional(model.assignee);
        analysisArea.textProperty().bindBidirectional(model.analysis);
        recommendationArea.textProperty().bindBidirectional(model.recommendation);
        sensorBox.valueProperty().bindBidirectional(model.measureSensor);
        measureArea.textProperty().bindBidirectional(model.measure);
        deciderBox.valueProperty().bindBidirectional(model.dispatchDecider);
        employeeField.textProperty().bindBidirectional(model.dispatchEmployee);
        dispatchWhenField.textProperty().bindBidirectional(model.dispatchWhen);
        dispatchNotesArea.textProperty().bindBidirectional(model.dispatchNotes);
        reportWhenField.textProperty().bindBidirectional(model.reportWhen);
        reportAnalysisArea.textProperty().bindBidirectional(model.reportAnalysis);
        reportMeasuresArea.textProperty().bindBidirectional(model.reportMeasures);
        reportEliminatedBox.selectedProperty().bindBidirectional(model.reportEliminated);
        noticeKindBox.valueProperty().bindBidirectional(model.noticeKind);
        recipientField.textProperty().bindBidirectional(model.noticeRecipient);
        channelBox.valueProperty().bindBidirectional(model.noticeChannel);
        referenceField.textProperty().bindBidirectional(model.noticeReference);
        noticeWhenField.textProperty().bindBidirectional(model.noticeWhen);
        if (model.escalationRecipient.get().isBlank()) {
            model.escalationRecipient.set(bundle.getString("record.escalation.recipient"));
        }
    }

    private void show(RecordDetail d) {
        if (d == null) {
            return;
        }
        closeButton.setDisable(!d.summary().status().isOpen());
        reopenButton.setDisable(d.summary().status().isOpen());
        sensorBox.getItems().setAll(d.sensors());
    }

    @FXML private void grade() { actions.grade(); }
    @FXML private void assign() { actions.assign(); }
    @FXML private void writeAnalysis() { actions.writeAnalysis(); }
    @FXML private void addRecommendation() { actions.addRecommendation(); }
    @FXML private void addMeasure() { actions.addMeasure(); }
    @FXML private void decideDispatch() { actions.decideDispatch(); }
    @FXML private void recordReport() { actions.recordReport(); }
    @FXML private void recordNotice() { actions.recordNotice(); }
    @FXML private void prepareAndSendNotice() { actions.prepareAndSendNotice(); }
    @FXML private void eliminated() { actions.eliminated(); }
    @FXML private void escalate() { actions.escalate(); }
    @FXML private void close() { actions.close(); }
    @FXML private void reopen() { actions.reopen(); }
}
