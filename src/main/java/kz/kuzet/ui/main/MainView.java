package kz.kuzet.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kz.kuzet.incident.RecordSummary;

/** Controller of {@code fxml/main.fxml}: binds the main window to its view-model, nothing more. */
public final class MainView {

    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter STATUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC+5'");

    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private Parent root;

    @FXML private Label connectionLabel;
    @FXML private Label problemBanner;
    @FXML private Label clockLabel;
    @FXML private Label countLabel;
    @FXML private Label demoBadge;
    @FXML private TableView<RecordSummary> recordsTable;
    @FXML private TableColumn<RecordSummary, Number> idColumn;
    @FXML private TableColumn<RecordSummary, String> bodyColumn;
    @FXML private TableColumn<RecordSummary, String> kindColumn;
    @FXML private TableColumn<RecordSummary, String> severityColumn;
    @FXML private TableColumn<RecordSummary, String> titleColumn;
    @FXML private TableColumn<RecordSummary, RecordSummary> headlineColumn;

    private MainView(MainViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    public static MainView load(MainViewModel viewModel, ResourceBundle bundle) {
        MainView view = new MainView(viewModel, bundle);
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("/fxml/main.fxml"), bundle);
        loader.setController(view);
        try {
            view.root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's layout (fxml/main.fxml) cannot be loaded", e);
        }
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        String language = bundle.getLocale().getLanguage();
        connectionLabel.textProperty().bind(viewModel.connectionProperty());
        problemBanner.textProperty().bind(viewModel.problemProperty());
        problemBanner.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problemBanner.managedProperty().bind(problemBanner.visibleProperty());
        clockLabel.textProperty().bind(Bindings.createStringBinding(
                () -> STATUS_TIME.format(viewModel.nowProperty().get().atZone(DISPLAY_ZONE)),
                viewModel.nowProperty()));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> java.text.MessageFormat.format(bundle.getString("records.count"),
                        viewModel.openRecords().size()), viewModel.openRecords()));

        SortedList<RecordSummary> sorted = new SortedList<>(viewModel.openRecords());
        sorted.comparatorProperty().bind(recordsTable.comparatorProperty());
        recordsTable.setItems(sorted);
        demoBadge.visibleProperty().bind(viewModel.demoDataProperty());
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        bodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                "kk".equals(language) ? c.getValue().bodyNameKk() : c.getValue().bodyNameRu()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                bundle.getString("kind." + c.getValue().kind().id())));
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                bundle.getString("severity." + c.getValue().severity().name().toLowerCase(Locale.ROOT))));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        headlineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        headlineColumn.setCellFactory(col -> new CountdownCell(viewModel.nowProperty(), bundle));
        headlineColumn.setComparator(CountdownCell.byHeadlineDue(() -> viewModel.nowProperty().get()));
        recordsTable.getSortOrder().add(headlineColumn);
    }
}
