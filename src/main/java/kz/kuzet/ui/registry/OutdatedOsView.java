package kz.kuzet.ui.registry;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kz.kuzet.ui.registry.OutdatedOsViewModel.Row;

/** Controller of {@code fxml/registry/outdated-os.fxml}: objects past their OS end of support (R-12.d). */
public final class OutdatedOsView {

    private final OutdatedOsViewModel viewModel;

    @FXML private TextField osFilterField;
    @FXML private Label osSummaryLabel;
    @FXML private TableView<Row> osTable;
    @FXML private TableColumn<Row, String> osBodyColumn;
    @FXML private TableColumn<Row, String> osDepartmentColumn;
    @FXML private TableColumn<Row, String> osHostColumn;
    @FXML private TableColumn<Row, String> osIpColumn;
    @FXML private TableColumn<Row, String> osSystemColumn;
    @FXML private TableColumn<Row, String> osEndColumn;
    @FXML private TableColumn<Row, Number> osDaysColumn;

    OutdatedOsView(OutdatedOsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SortedList<Row> sorted = Forms.filteredSorted(viewModel.rows(), osFilterField, osTable,
                r -> String.join(" ", r.bodyCode(), nz(r.object().department()), nz(r.object().hostName()),
                        nz(r.object().ipAddress()), nz(r.object().operatingSystem()),
                        r.object().endOfSupport().toString()));
        osTable.setItems(sorted);
        osSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        osBodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        osDepartmentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().object().department()));
        osHostColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().object().hostName()));
        osIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().object().ipAddress()));
        osSystemColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().object().operatingSystem()));
        osEndColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().object().endOfSupport().toString()));
        osDaysColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().object().daysPast()));
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
