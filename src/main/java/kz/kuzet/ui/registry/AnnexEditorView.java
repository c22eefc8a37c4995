package kz.kuzet.ui.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.annex.AnnexError;

/** Controller of {@code fxml/registry/annex.fxml}: binds the annex editor to its view-model. */
public final class AnnexEditorView {

    private final AnnexEditorViewModel viewModel;
    private final ResourceBundle text;
    private final FileOpener files;
    private final Exporter exporter;
    private final Printer printer;
    private final ResourceBundle printText;
    private boolean mayImport = true;
    private boolean mayChange = true;

    /** Saves the committed annex in the official form; runs off the FX thread. */
    @FunctionalInterface
    interface Exporter {
        void export(String body, String quarter, Path target, Runnable done, java.util.function.Consumer<String> failed);
    }

    /** Prints the committed annex in the official form to a PDF in kk or ru; runs off the FX thread. */
    @FunctionalInterface
    interface Printer {
        void print(String body, String quarter, String language, Path target, Runnable done,
                java.util.function.Consumer<String> failed);
    }

    @FXML private ComboBox<String> bodyChoice;
    @FXML private TextField quarterField;
    @FXML private Button loadButton;
    @FXML private Button importButton;
    @FXML private Button checkButton;
    @FXML private Button removeButton;
    @FXML private Button exportButton;
    @FXML private javafx.scene.control.MenuButton printButton;
    @FXML private javafx.scene.control.MenuItem printKkItem;
    @FXML private javafx.scene.control.MenuItem printRuItem;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<AnnexRowModel> annexTable;
    @FXML private TableColumn<AnnexRowModel, Number> numberColumn;
    @FXML private TableColumn<AnnexRowModel, Contour> contourColumn;
    @FXML private TableColumn<AnnexRowModel, String> departmentColumn;
    @FXML private TableColumn<AnnexRowModel, String> locationColumn;
    @FXML private TableColumn<AnnexRowModel, String> personColumn;
    @FXML private TableColumn<AnnexRowModel, String> hostColumn;
    @FXML private TableColumn<AnnexRowModel, String> ipColumn;
    @FXML private TableColumn<AnnexRowModel, String> osColumn;
    @FXML private ListView<AnnexError> errorsList;
    @FXML private ListView<String> changesList;
    @FXML private Label statusLabel;
    @FXML private CheckBox skipInvalidBox;
    @FXML private Button confirmButton;

    AnnexEditorView(AnnexEditorViewModel viewModel, ResourceBundle text, FileOpener files, Exporter exporter,
            Printer printer, ResourceBundle printText) {
        this.viewModel = viewModel;
        this.text = text;
        this.files = files;
        this.exporter = exporter;
        this.printer = printer;
        this.printText = printText;
    }

    /** What the logged-in user may do here (the services decide; the screen only mirrors it). */
    void permit(boolean mayImport, boolean mayChange) {
        this.mayImport = mayImport;
        this.mayChange = mayChange;
    }

    AnnexEditorViewModel viewModel() {
        return viewModel;
    }

    ComboBox<String> bodyChoice() {
        return bodyChoice;
    }

    @FXML
    private void initialize() {
        bodyChoice.valueProperty().bindBidirectional(viewModel.bodyCodeProperty());
        quarterField.textProperty().bindBidirectional(viewModel.quarterProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        for (Button b : List.of(loadButton, checkButton, exportButton)) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        printButton.setText(printText.getString("print.action"));
        printKkItem.setText(printText.getString("print.lang.kk"));
        printRuItem.setText(printText.getString("print.lang.ru"));
        printButton.disableProperty().bind(viewModel.busyProperty());
        importButton.disableProperty().bind(viewModel.busyProperty().or(
                new javafx.beans.property.SimpleBooleanProperty(!mayImport)));
        removeButton.disableProperty().bind(annexTable.getSelectionModel().selectedItemProperty().isNull());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        skipInvalidBox.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
        skipInvalidBox.visibleProperty().bind(viewModel.pendingProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.isNotEmpty(viewModel.errors())));
        skipInvalidBox.managedProperty().bind(skipInvalidBox.visibleProperty());
        confirmButton.disableProperty().bind(viewModel.canConfirmProperty().not().or(
                new javafx.beans.property.SimpleBooleanProperty(!mayChange)));

        annexTable.setItems(viewModel.rows());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                annexTable.getItems().indexOf(c.getValue()) + 1));
        contourColumn.setCellValueFactory(c -> c.getValue().contourProperty());
        contourColumn.setCellFactory(ChoiceBoxTableCell.forTableColumn(contourNames(), Contour.values()));
        contourColumn.setOnEditCommit(e -> {
            e.getRowValue().contourProperty().set(e.getNewValue());
            viewModel.edited();
        });
        text(departmentColumn, AnnexRowModel::departmentProperty);
        text(locationColumn, AnnexRowModel::locationProperty);
        text(personColumn, AnnexRowModel::personProperty);
        text(hostColumn, AnnexRowModel::hostProperty);
        text(ipColumn, AnnexRowModel::ipProperty);
        text(osColumn, AnnexRowModel::osProperty);
        annexTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AnnexRowModel item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("annex-row-error");
                if (!empty && item != null && viewModel.rowsWithErrors().contains(item)) {
                    getStyleClass().add("annex-row-error");
                }
            }
        });
        viewModel.rowsWithErrors().addListener((SetChangeListener<AnnexRowModel>) c -> annexTable.refresh());

        errorsList.setItems(viewModel.errors());
        errorsList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AnnexError e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.cell(text) + " — " + e.reason(text));
            }
        });
        changesList.setItems(viewModel.changes());
    }

    private void text(TableColumn<AnnexRowModel, String> column,
            java.util.function.Function<AnnexRowModel, StringProperty> property) {
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            property.apply(e.getRowValue()).set(e.getNewValue());
            viewModel.edited();
        });
    }

    private StringConverter<Contour> contourNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Contour c) {
                return c == null ? "?" : text.getString("annex.section." + c.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Contour fromString(String s) {
                for (Contour c : Contour.values()) {
                    if (toString(c).equals(s)) {
                        return c;
                    }
                }
                return null;
            }
        };
    }

    @FXML
    private void onLoad() {
        viewModel.load();
    }

    @FXML
    private void onImport() {
        files.open(annexTable.getScene().getWindow()).ifPresent(viewModel::importFile);
    }

    @FXML
    private void onCheck() {
        viewModel.check();
    }

    @FXML
    private void onAddInternal() {
        viewModel.addRow(Contour.INTERNAL);
    }

    @FXML
    private void onAddExternal() {
        viewModel.addRow(Contour.EXTERNAL);
    }

    @FXML
    private void onRemove() {
        AnnexRowModel selected = annexTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeRow(selected);
        }
    }

    @FXML
    private void onConfirm() {
        viewModel.confirm();
    }

    @FXML
    private void onDiscard() {
        viewModel.discard();
    }

    @FXML
    private void onExport() {
        String body = viewModel.bodyCodeProperty().get();
        String quarter = viewModel.quarterProperty().get();
        if (body == null || quarter == null) {
            return;
        }
        files.save(annexTable.getScene().getWindow(), body + "-" + quarter + ".xlsx").ifPresent(target ->
                exporter.export(body, quarter, target,
                        () -> viewModel.statusProperty().set(java.text.MessageFormat.format(
                                text.getString("annex.status.exported"), target.getFileName())),
                        message -> viewModel.statusProperty().set(java.text.MessageFormat.format(
                                text.getString("annex.error.failed"), message))));
    }

    @FXML
    private void onPrintKk() {
        print("kk");
    }

    @FXML
    private void onPrintRu() {
        print("ru");
    }

    /** Asks where to save the PDF, then makes it in the background; the status line says how it went. */
    private void print(String language) {
        String body = viewModel.bodyCodeProperty().get();
        String quarter = viewModel.quarterProperty().get();
        if (body == null || body.isBlank()) {
            viewModel.statusProperty().set(text.getString("annex.error.noBody"));
            return;
        }
        files.save(annexTable.getScene().getWindow(), body + "-" + quarter + "-" + language + ".pdf")
                .ifPresent(target -> {
                    viewModel.busyProperty().set(true);
                    printer.print(body, quarter, language, target, () -> {
                        viewModel.busyProperty().set(false);
                        viewModel.statusProperty().set(java.text.MessageFormat.format(
                                printText.getString("print.status.saved"), target.getFileName()));
                    }, message -> {
                        viewModel.busyProperty().set(false);
                        viewModel.statusProperty().set(message);
                    });
                });
    }
}
