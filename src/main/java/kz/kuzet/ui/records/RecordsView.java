package kz.kuzet.ui.records;

import java.io.File;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordFilter;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.ui.clocks.ClockCell;
import kz.kuzet.ui.console.Choices;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Views;

/** The records queue: all four clocks, sorted by the headline clock; filters, search, saved views, CSV export. */
public final class RecordsView {

    private final RecordsModel model;
    private final ConsoleModel console;
    private final ResourceBundle bundle;
    private final Consumer<RecordSummary> open;
    private final Parent root;
    private boolean applyingView;

    @FXML private Label countLabel;
    @FXML private Label noteLabel;
    @FXML private ComboBox<String> viewsBox;
    @FXML private TextField viewNameField;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> bodyBox;
    @FXML private ComboBox<String> severityBox;
    @FXML private ComboBox<String> categoryBox;
    @FXML private ComboBox<String> statusBox;
    @FXML private ComboBox<String> clockBox;
    @FXML private TextField assigneeField;
    @FXML private HBox assignBar;
    @FXML private TextField assignField;
    @FXML private TableView<RecordSummary> table;
    @FXML private TableColumn<RecordSummary, RecordSummary> headlineColumn;
    @FXML private TableColumn<RecordSummary, Number> idColumn;
    @FXML private TableColumn<RecordSummary, String> bodyColumn;
    @FXML private TableColumn<RecordSummary, String> kindColumn;
    @FXML private TableColumn<RecordSummary, String> statusColumn;
    @FXML private TableColumn<RecordSummary, Severity> severityColumn;
    @FXML private TableColumn<RecordSummary, String> categoryColumn;
    @FXML private TableColumn<RecordSummary, String> assigneeColumn;
    @FXML private TableColumn<RecordSummary, String> titleColumn;
    @FXML private TableColumn<RecordSummary, RecordSummary> sbColumn;
    @FXML private TableColumn<RecordSummary, RecordSummary> knbColumn;
    @FXML private TableColumn<RecordSummary, RecordSummary> reportColumn;
    @FXML private TableColumn<RecordSummary, RecordSummary> escalationColumn;

    public RecordsView(RecordsModel model, ConsoleModel console, ResourceBundle bundle,
            Consumer<RecordSummary> open) {
        this.model = model;
        this.console = console;
        this.bundle = bundle;
        this.open = open;
        this.root = Views.load("records.fxml", this, bundle);
    }

    public Parent root() {
        return root;
    }

    public TableView<RecordSummary> table() {
        return table;
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                bundle.getString("records.count2"), model.sorted().size(), model.all().size()),
                model.sorted(), model.all()));
        Views.bindNote(noteLabel, model.noteProperty(), bundle);
        columns();
        filters();
        table.setItems(model.sorted());
        table.setSortPolicy(t -> {
            model.sorted().setComparator(comparator());
            return true;
        });
        table.getSortOrder().add(headlineColumn);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> {
            TableRow<RecordSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.A && !e.isControlDown() && !e.isShortcutDown()) {
                showAssign();
                e.consume();
            }
        });
        assignField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideAssign();
            }
        });
        viewsBox.setItems(model.savedViewNames());
        viewsBox.valueProperty().addListener((o, was, is) -> {
            RecordFilter f = is == null ? null : model.savedView(is);
            if (f != null) {
                show(f);
            }
        });
        show(model.filterProperty().get());
    }

    private void columns() {
        headlineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        headlineColumn.setCellFactory(c -> new ClockCell<>(console.nowProperty(), bundle,
                (r, now) -> RegulationClocks.evaluate(r.facts(), now).headline().orElse(null), true));
        headlineColumn.setComparator(Comparator.comparing(model::headlineDue));
        clock(sbColumn, ClockName.SB_NOTICE);
        clock(knbColumn, ClockName.KNB_NOTICE);
        clock(reportColumn, ClockName.SB_REPORT);
        clock(escalationColumn, ClockName.ESCALATION);
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        bodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                bundle.getString("kind." + c.getValue().kind().id())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Views.enumText(bundle, "status.", c.getValue().status())));
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severityColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Views.severity(bundle, s));
            }
        });
        categoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Views.enumText(bundle, "category.", c.getValue().category())));
        assigneeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assignee()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
    }

    /** Sorting compares the records' own fields, not cell values: cheap enough for 20,000 rows. */
    private Comparator<RecordSummary> comparator() {
        Map<TableColumn<RecordSummary, ?>, Comparator<RecordSummary>> keys = Map.of(
                headlineColumn, Comparator.comparing(model::headlineDue),
                idColumn, Comparator.comparingLong(RecordSummary::id),
                bodyColumn, Comparator.comparing(RecordSummary::bodyCode),
                kindColumn, Comparator.comparing(RecordSummary::kind),
                statusColumn, Comparator.comparing(RecordSummary::status),
                severityColumn, Comparator.comparing(RecordSummary::severity),
                categoryColumn, Comparator.comparing(RecordSummary::category),
                assigneeColumn, Comparator.comparing(RecordSummary::assignee,
                        Comparator.nullsLast(Comparator.naturalOrder())),
                titleColumn, Comparator.comparing(RecordSummary::title));
        Comparator<RecordSummary> result = null;
        for (TableColumn<RecordSummary, ?> column : table.getSortOrder()) {
            Comparator<RecordSummary> key = keys.get(column);
            if (key == null) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                key = key.reversed();
            }
            result = result == null ? key : result.thenComparing(key);
        }
        return result;
    }

    private void clock(TableColumn<RecordSummary, RecordSummary> column, ClockName name) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new ClockCell<>(console.nowProperty(), bundle,
                (r, now) -> RegulationClocks.evaluate(r.facts(), now).get(name), false));
    }

    private void filters() {
        Choices.fill(severityBox, bundle, "severity.", "filter.all.severity", Arrays.asList(Severity.values()));
        Choices.fill(categoryBox, bundle, "category.", "filter.all.category", Arrays.asList(Category.values()));
        Choices.fill(statusBox, bundle, "status.", "filter.all.status", Arrays.asList(RecordStatus.values()));
        Choices.fill(clockBox, bundle, "clockstate.", "filter.all.clock",
                List.of(ClockState.RUNNING, ClockState.OVERDUE, ClockState.NOT_APPLICABLE));
        bodyBox.setConverter(Choices.converter(id -> Choices.ALL.equals(id)
                ? bundle.getString("filter.all.body") : id));
        bodyBox.getItems().setAll(Choices.ALL);
        bodyBox.setValue(Choices.ALL);
        model.all().addListener((javafx.collections.ListChangeListener<RecordSummary>) c -> refreshBodies());
        refreshBodies();
        for (ComboBox<String> box : List.of(bodyBox, severityBox, categoryBox, statusBox, clockBox)) {
            box.valueProperty().addListener((o, was, is) -> filterChanged());
        }
        searchField.textProperty().addListener((o, was, is) -> filterChanged());
        assigneeField.textProperty().addListener((o, was, is) -> filterChanged());
    }

    private void refreshBodies() {
        TreeSet<String> codes = new TreeSet<>();
        model.all().forEach(r -> codes.add(r.bodyCode()));
        String current = bodyBox.getValue();
        codes.add(Choices.ALL.equals(current) || current == null ? Choices.ALL : current);
        List<String> items = new java.util.ArrayList<>();
        items.add(Choices.ALL);
        codes.stream().filter(c -> !Choices.ALL.equals(c)).forEach(items::add);
        if (!items.equals(bodyBox.getItems())) {
            applyingView = true;
            bodyBox.getItems().setAll(items);
            bodyBox.setValue(current == null ? Choices.ALL : current);
            applyingView = false;
        }
    }

    private void filterChanged() {
        if (applyingView) {
            return;
        }
        String body = bodyBox.getValue();
        model.filterProperty().set(new RecordFilter(
                body == null || Choices.ALL.equals(body) ? null : body,
                Choices.value(severityBox, Severity.class), Choices.value(categoryBox, Category.class),
                blankToNull(assigneeField.getText()), Choices.value(statusBox, RecordStatus.class),
                Choices.value(clockBox, ClockState.class), blankToNull(searchField.getText())));
    }

    private void show(RecordFilter f) {
        applyingView = true;
        try {
            if (f.bodyCode() != null && !bodyBox.getItems().contains(f.bodyCode())) {
                bodyBox.getItems().add(f.bodyCode());
            }
            bodyBox.setValue(f.bodyCode() == null ? Choices.ALL : f.bodyCode());
            Choices.select(severityBox, f.severity());
            Choices.select(categoryBox, f.category());
            Choices.select(statusBox, f.status());
            Choices.select(clockBox, f.clockState());
            assigneeField.setText(f.assignee() == null ? "" : f.assignee());
            searchField.setText(f.text() == null ? "" : f.text());
        } finally {
            applyingView = false;
        }
        filterChanged();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @FXML
    private void clearFilter() {
        viewsBox.setValue(null);
        show(RecordFilter.OPEN);
    }

    @FXML
    private void saveView() {
        String name = viewNameField.getText();
        if (name == null || name.isBlank()) {
            viewNameField.requestFocus();
            return;
        }
        model.saveView(name.strip());
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("records.export"));
        chooser.setInitialFileName("kuzet-records.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    @FXML
    private void showAssign() {
        assignBar.setVisible(true);
        assignBar.setManaged(true);
        Platform.runLater(assignField::requestFocus);
    }

    @FXML
    private void hideAssign() {
        assignBar.setVisible(false);
        assignBar.setManaged(false);
        table.requestFocus();
    }

    @FXML
    private void assign() {
        model.assign(List.copyOf(table.getSelectionModel().getSelectedItems()), assignField.getText());
        hideAssign();
    }
}
