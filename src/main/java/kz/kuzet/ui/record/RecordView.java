package kz.kuzet.ui.record;

import java.time.Instant;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.ui.clocks.ClockStyle;
import kz.kuzet.ui.clocks.CountdownText;
import kz.kuzet.ui.console.Views;

/**
 * The record view: clocks, affected objects, linked detections, timeline, and beside them a {@link RecordSide}:
 * the response actions of a live record, or what a package carries when it is reviewed offline.
 */
public final class RecordView {

    private final RecordPage page;
    private final RecordSide side;
    private final ResourceBundle bundle;
    private final Runnable back;
    private final Parent root;
    private final Label[] clockLabels = new Label[ClockName.values().length];
    private final Label[] dueLabels = new Label[ClockName.values().length];
    private final InvalidationListener tick = o -> renderClocks();

    @FXML private Button backButton;
    @FXML private VBox header;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Label conflictLabel;
    @FXML private Label noteLabel;
    @FXML private SplitPane recordSplit;
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

    /** A live record with every response action. */
    public RecordView(RecordModel model, ResourceBundle bundle, Runnable back) {
        this(model, new RecordActionsView(model, bundle), bundle, back);
    }

    public RecordView(RecordPage page, RecordSide side, ResourceBundle bundle, Runnable back) {
        this.page = page;
        this.side = side;
        this.bundle = bundle;
        this.back = back;
        this.root = Views.load("record.fxml", this, bundle);
    }

    /** The preview window opened last from a live record's notice tab (tests); null for other sides. */
    public kz.kuzet.ui.preview.PreviewDialog lastPreview() {
        return side instanceof RecordActionsView live ? live.lastPreview() : null;
    }

    public Parent root() {
        return root;
    }

    public RecordPage model() {
        return page;
    }

    @FXML
    private void initialize() {
        Views.bindNote(noteLabel, page.noteProperty(), bundle);
        Views.bindNote(conflictLabel, page.conflictProperty(), bundle);
        backButton.setVisible(back != null);
        backButton.setManaged(back != null);
        Node toolbar = side.toolbar();
        if (toolbar != null) {
            header.getChildren().add(toolbar);
        }
        recordSplit.getItems().add(side.panel());
        recordSplit.setDividerPositions(0.36, 0.66);
        for (ClockName name : ClockName.values()) {
            Label title = new Label(bundle.getString("clock." + name.id()));
            title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.getStyleClass().add("clock-cell");
            value.setId("clock-" + name.id());
            clockLabels[name.ordinal()] = value;
            Label due = new Label();
            due.getStyleClass().add("muted");
            dueLabels[name.ordinal()] = due;
            // the due instant under its countdown, so neither is cut in a narrow panel or a long language
            int row = 2 * name.ordinal();
            clocksGrid.add(title, 0, row);
            clocksGrid.add(value, 1, row);
            clocksGrid.add(due, 1, row + 1);
        }
        page.clocksAt().addListener(new WeakInvalidationListener(tick));
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
        timelineList.setCellFactory(l -> wrapping(cell(t -> Views.time(t.at()) + "  "
                + TimelineText.type(bundle, t.type())
                + (t.actor() == null ? "" : " · " + t.actor())
                + (t.type().startsWith("audit:") ? "" : "\n    " + TimelineText.text(bundle, t))
                + (t.imported() ? "\n    " + TimelineText.origin(bundle, t) : ""))));
        page.detailProperty().addListener((o, was, is) -> show(is));
        show(page.detailProperty().get());
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
        objectsTable.getItems().setAll(d.objects());
        detectionsList.getItems().setAll(d.detections());
        timelineList.getItems().setAll(d.timeline());
        renderClocks();
    }

    private void renderClocks() {
        RecordDetail d = page.detailProperty().get();
        Instant at = page.clocksAt().getValue();
        if (d == null || at == null) {
            return;
        }
        ClockBoard board = RegulationClocks.evaluate(d.summary().facts(), at);
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

    private static <T> ListCell<T> wrapping(ListCell<T> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private static <T> ListCell<T> cell(Function<T, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
    }

    @FXML private void back() { if (back != null) { back.run(); } }
}
