package kz.kuzet.ui.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.ui.clocks.ClockStyle;
import kz.kuzet.ui.clocks.CountdownText;
import kz.kuzet.ui.console.Views;

/** The record view: clocks, affected objects, linked detections, timeline, and every response action. */
public final class RecordView {

    private final RecordModel model;
    private final RecordActions actions;
    private final ResourceBundle bundle;
    private final Runnable back;
    private final Parent root;
    private final Label[] clockLabels = new Label[ClockName.values().length];
    private final Label[] dueLabels = new Label[ClockName.values().length];
    private final InvalidationListener tick = o -> renderClocks();

    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Label conflictLabel;
    @FXML private Label noteLabel;
    @FXML private ComboBox<RecordKind> kindBox;
    @FXML private ComboBox<Severity> severityBox;
    @FXML private ComboBox<Category> categoryBox;
    @FXML private TextField assigneeField;
    @FXML private Button closeButton;
    @FXML private Button reopenButton;
    @FXML private GridPane clocksGrid;
    @FXML private TableView<RecordDetail.ObjectInfo> objectsTable;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objHostColumn;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objIpColumn;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objDeptColumn;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objLocationColumn;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objPersonColumn;
    @FXML private TableColumn<RecordDetail.ObjectInfo, String> objOsColumn;
    @FXML private ListView<RecordDetail.LinkedDetection> detectionsList;
    @FXML private TextArea rawArea;
    @FXML private ListView<TimelineEntry> timelineList;
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

    public RecordView(RecordModel model, ResourceBundle bundle, Runnable back) {
        this.model = model;
        this.actions = new RecordActions(model);
        this.bundle = bundle;
        this.back = back;
        this.root = Views.load("record.fxml", this, bundle);
    }

    public Parent root() {
        return root;
    }

    public RecordModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        Views.bindNote(noteLabel, model.noteProperty(), bundle);
        Views.bindNote(conflictLabel, model.conflictProperty(), bundle);
        backButton.setVisible(back != null);
        choices();
        bindDrafts();
        for (ClockName name : ClockName.values()) {
            Label title = new Label(bundle.getString("clock." + name.id()));
            title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label();
            value.getStyleClass().add("clock-cell");
            value.setId("clock-" + name.id());
            clockLabels[name.ordinal()] = value;
            Label due = new Label();
            due.getStyleClass().add("muted");
            dueLabels[name.ordinal()] = due;
            clocksGrid.addRow(name.ordinal(), title, value, due);
        }
        model.console().nowProperty().addListener(new WeakInvalidationListener(tick));
        objHostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hostName()));
        objIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ipAddress()));
        objDeptColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().department()));
        objLocationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().location()));
        objPersonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().responsiblePerson()));
        objOsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().operatingSystem()));
        detectionsList.setCellFactory(l -> cell(d -> Views.time(d.detectedAt()) + "  " + d.signatureName()
                + "  " + d.srcIp() + " → " + d.dstIp()));
        detectionsList.getSelectionModel().selectedItemProperty().addListener((o, was, is) ->
                rawArea.setText(is == null ? "" : is.rawText()));
        timelineList.setCellFactory(l -> wrapping(cell(t -> Views.time(t.at()) + "  " + TimelineText.type(bundle, t.type())
                + (t.actor() == null ? "" : " · " + t.actor())
                + (t.type().startsWith("audit:") ? "" : "\n    " + t.text()))));
        addExportPackageButton();
        model.detailProperty().addListener((o, was, is) -> show(is));
        show(model.detailProperty().get());
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
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.exportPackage(file.toPath());
            }
        });
        ((javafx.scene.layout.Pane) reopenButton.getParent()).getChildren().add(export);
    }

    private void choices() {
        kindBox.getItems().setAll(RecordKind.values());
        kindBox.setConverter(converter(k -> bundle.getString("kind." + k.id())));
        severityBox.getItems().setAll(Severity.values());
        severityBox.setConverter(converter(s -> Views.severity(bundle, s)));
        categoryBox.getItems().setAll(Category.values());
        categoryBox.setConverter(converter(c -> Views.enumText(bundle, "category.", c)));
        deciderBox.getItems().setAll(DispatchDecider.values());
        deciderBox.setConverter(converter(d -> bundle.getString("decider." + d.name().toLowerCase(Locale.ROOT))));
        noticeKindBox.getItems().setAll(Arrays.asList(NoticeKind.values()));
        noticeKindBox.setConverter(converter(k -> Views.enumText(bundle, "noticekind.", k)));
        channelBox.getItems().setAll(DeliveryChannel.values());
        channelBox.setConverter(converter(c -> Views.enumText(bundle, "channel.", c)));
        sensorBox.setConverter(converter(RecordDetail.SensorChoice::label));
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
            titleLabel.setText(bundle.getString("record.loading"));
            return;
        }
        RecordSummary s = d.summary();
        titleLabel.setText("№ " + s.id() + " · " + bundle.getString("kind." + s.kind().id()) + " · " + s.bodyCode()
                + " — " + Views.bodyName(bundle, s.bodyNameKk(), s.bodyNameRu()) + "\n" + s.title());
        statusLabel.setText(Views.enumText(bundle, "status.", s.status()));
        closeButton.setDisable(!s.status().isOpen());
        reopenButton.setDisable(s.status().isOpen());
        objectsTable.getItems().setAll(d.objects());
        detectionsList.getItems().setAll(d.detections());
        timelineList.getItems().setAll(d.timeline());
        sensorBox.getItems().setAll(d.sensors());
        renderClocks();
    }

    private void renderClocks() {
        RecordDetail d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        ClockBoard board = RegulationClocks.evaluate(d.summary().facts(), model.console().nowProperty().get());
        for (ClockName name : ClockName.values()) {
            ClockStatus status = board.get(name);
            Label label = clockLabels[name.ordinal()];
            label.getStyleClass().removeAll(ClockStyle.ALL);
            label.getStyleClass().add(ClockStyle.of(status));
            label.setText(CountdownText.of(status, bundle));
            dueLabels[name.ordinal()].setText(status.due() == null ? ""
                    : bundle.getString("record.due") + " " + Views.time(status.due()));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> wrapping(ListCell<T> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
    }

    @FXML private void back() { if (back != null) { back.run(); } }
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
