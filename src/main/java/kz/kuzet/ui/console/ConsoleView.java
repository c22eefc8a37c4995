package kz.kuzet.ui.console;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.kuzet.ui.clocks.ClockAlarms;
import kz.kuzet.ui.detections.DetectionsView;
import kz.kuzet.ui.detections.UnattributedView;
import kz.kuzet.ui.record.RecordView;
import kz.kuzet.ui.records.RecordsView;
import kz.kuzet.ui.reports.ReportsView;

/** Controller of {@code fxml/console.fxml}: navigation, status bar, language switch, the screen showing. */
public final class ConsoleView {

    private final ConsoleWindow window;
    private final ConsoleModel console;
    private final ResourceBundle bundle;
    private final Parent root;
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private DetectionsView detectionsView;
    private RecordsView recordsView;
    private UnattributedView unattributedView;
    private ReportsView reportsView;
    private RecordView recordView;

    @FXML private javafx.scene.layout.HBox titleBar;
    @FXML private ComboBox<String> languageBox;
    @FXML private Label problemBanner;
    @FXML private Label demoBadge;
    @FXML private ToggleButton navDetections;
    @FXML private ToggleButton navRecords;
    @FXML private ToggleButton navUnattributed;
    @FXML private ToggleButton navRegistry;
    @FXML private ToggleButton navReports;
    @FXML private ToggleButton navAudit;
    @FXML private StackPane content;
    @FXML private Label connectionLabel;
    @FXML private Label userLabel;
    @FXML private Label alarmLabel;
    @FXML private javafx.scene.control.Hyperlink outboxLink;
    @FXML private Label clockLabel;

    ConsoleView(ConsoleWindow window, ResourceBundle bundle) {
        this.window = window;
        this.console = window.console();
        this.bundle = bundle;
        this.root = Views.load("console.fxml", this, bundle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Parent root() {
        return root;
    }

    public DetectionsView detectionsView() { return detectionsView; }
    public RecordsView recordsView() { return recordsView; }
    public RecordView recordView() { return recordView; }
    public ReportsView reportsView() { return reportsView; }

    @FXML
    private void initialize() {
        titleBar.getChildren().add(0, kz.kuzet.ui.review.OpenPackage.menuBar(console.language(), window::openPackage));
        languageBox.getItems().setAll(List.of("kk", "ru", "en"));
        languageBox.setFocusTraversable(false);
        languageBox.setConverter(Choices.converter(l -> bundle.getString("language." + l)));
        languageBox.setValue(console.language());
        languageBox.valueProperty().addListener((o, was, is) -> {
            if (is != null && !is.equals(console.language())) {
                javafx.application.Platform.runLater(() -> console.setLanguage(is));
            }
        });
        Views.bindNote(problemBanner, console.problemProperty(), bundle);
        demoBadge.visibleProperty().bind(console.demoProperty());
        demoBadge.managedProperty().bind(console.demoProperty());
        connectionLabel.textProperty().bind(Bindings.createStringBinding(() -> console.connectedProperty().get()
                ? MessageFormat.format(bundle.getString("status.connected"), console.kuzet() == null ? ""
                        : console.kuzet().database().settings().displayName())
                : console.kuzet() == null && console.problemProperty().get() == null
                        ? bundle.getString("status.connecting") : bundle.getString("status.disconnected"),
                console.connectedProperty(), console.problemProperty()));
        connectionLabel.getStyleClass().add("connection");
        if (console.kuzet() != null) {
            connectionLabel.setTooltip(new javafx.scene.control.Tooltip(
                    console.kuzet().database().settings().redactedUrl()));
        }
        for (Label l : List.of(connectionLabel, userLabel, clockLabel)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        connectionLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("lost"),
                console.problemProperty().get() != null);
        console.problemProperty().addListener((o, was, is) -> connectionLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("lost"), is != null));
        userLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                bundle.getString("status.user"), console.actor() == null ? "—" : console.actor().describe()),
                console.actorProperty()));
        clockLabel.textProperty().bind(Bindings.createStringBinding(() -> Views.time(console.nowProperty().get())
                + " " + bundle.getString("status.zone"), console.nowProperty()));
        alarmLabel.textProperty().bind(Bindings.createStringBinding(() -> console.alarmsRaised().isEmpty() ? ""
                : alarmText(console.alarmsRaised().get(console.alarmsRaised().size() - 1)), console.alarmsRaised()));

        bindOutboxLink();

        ToggleGroup group = new ToggleGroup();
        navButtons.put(Screen.DETECTIONS, navDetections);
        navButtons.put(Screen.RECORDS, navRecords);
        navButtons.put(Screen.UNATTRIBUTED, navUnattributed);
        navButtons.put(Screen.REGISTRY, navRegistry);
        navButtons.put(Screen.REPORTS, navReports);
        navButtons.put(Screen.AUDIT, navAudit);
        navButtons.forEach((screen, button) -> {
            button.setToggleGroup(group);
            button.setOnAction(e -> window.screenProperty().set(screen));
        });
        navDetections.setText(navDetections.getText());
        window.screenProperty().addListener((o, was, is) -> {
            if (content.getScene() != null && content.getScene().getRoot() == root) {
                show(is);
            }
        });
        show(window.screenProperty().get());
    }

    /** "N notices wait to be sent" in the status bar while the outbox holds any; it opens the Reports screen. */
    private void bindOutboxLink() {
        var waiting = window.outbox().waitingProperty();
        outboxLink.textProperty().bind(Bindings.createStringBinding(() -> new MessageFormat(
                bundle.getString("outbox.status"), bundle.getLocale()).format(new Object[] {waiting.get()}), waiting));
        outboxLink.visibleProperty().bind(waiting.greaterThan(0));
        outboxLink.managedProperty().bind(outboxLink.visibleProperty());
        outboxLink.setOnAction(e -> {
            outboxLink.setVisited(false);
            window.screenProperty().set(Screen.REPORTS);
        });
    }

    String alarmText(ClockAlarms.Alarm a) {
        return MessageFormat.format(bundle.getString(a.stage() == ClockAlarms.Stage.MISSED ? "alarm.missed"
                : "alarm.soon"), bundle.getString("clock." + a.clock().id()), a.rowLabel());
    }

    @FXML
    private void openSettings() {
        window.openSettings();
    }

    private void shortcut(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            Screen[] screens = Screen.values();
            if (n >= 0 && n < 6) {
                window.screenProperty().set(screens[n]);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ESCAPE && window.screenProperty().get() == Screen.RECORD) {
            window.screenProperty().set(Screen.RECORDS);
            e.consume();
        }
    }

    private void show(Screen screen) {
        ToggleButton button = navButtons.get(screen == Screen.RECORD ? Screen.RECORDS : screen);
        button.setSelected(true);
        Node node = switch (screen) {
            case DETECTIONS -> detections().root();
            case RECORDS -> records().root();
            case UNATTRIBUTED -> unattributed().root();
            case REPORTS -> reports().root();
            case REGISTRY -> window.registryView() != null ? window.registryView() : placeholder("nav.registry");
            case AUDIT -> window.auditView() != null ? window.auditView() : placeholder("nav.audit");
            case RECORD -> record();
        };
        content.getChildren().setAll(node);
        javafx.application.Platform.runLater(() -> {
            if (screen == Screen.DETECTIONS) {
                detectionsView.table().requestFocus();
            } else if (screen == Screen.RECORDS) {
                recordsView.table().requestFocus();
            }
        });
    }

    private DetectionsView detections() {
        if (detectionsView == null) {
            detectionsView = new DetectionsView(window.detections(), console, bundle);
        }
        return detectionsView;
    }

    private RecordsView records() {
        if (recordsView == null) {
            recordsView = new RecordsView(window.records(), console, bundle, r -> window.openRecord(r.id()));
        }
        return recordsView;
    }

    private UnattributedView unattributed() {
        if (unattributedView == null) {
            unattributedView = new UnattributedView(window.unattributed(), bundle);
        }
        return unattributedView;
    }

    private ReportsView reports() {
        if (reportsView == null) {
            reportsView = new ReportsView(window.records().all(), bundle, () -> console.nowProperty().get())
                    .withQuarterly(console, console.documents())
                    .withOutbox(new kz.kuzet.ui.outbox.OutboxPane(window.outbox(), bundle).root());
        } else {
            reportsView.refresh();
        }
        window.outbox().refresh();
        return reportsView;
    }

    private Node record() {
        if (window.openRecord() == null) {
            return records().root();
        }
        if (recordView == null || recordView.model() != window.openRecord()) {
            recordView = new RecordView(window.openRecord(), bundle,
                    () -> window.screenProperty().set(Screen.RECORDS));
        }
        return recordView.root();
    }

    private Node placeholder(String navKey) {
        Label title = new Label(bundle.getString(navKey));
        title.getStyleClass().add("section-title");
        Label text = new Label(bundle.getString("placeholder.coming"));
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(12, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}
