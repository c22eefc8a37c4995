package kz.kuzet.ui.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kz.kuzet.security.AuditRow;

/** Controller of {@code fxml/audit.fxml}: the audit trail with filters by user, record, action and time. */
public final class AuditView {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private ComboBox<String> userFilter;
    @FXML private TextField recordFilter;
    @FXML private TextField actionFilter;
    @FXML private TextField sinceFilter;
    @FXML private TextField untilFilter;
    @FXML private Button applyButton;
    @FXML private Button clearButton;
    @FXML private Label problemLabel;
    @FXML private Label countLabel;
    @FXML private TableView<AuditRow> auditTable;
    @FXML private TableColumn<AuditRow, Number> seqColumn;
    @FXML private TableColumn<AuditRow, String> atColumn;
    @FXML private TableColumn<AuditRow, String> actorColumn;
    @FXML private TableColumn<AuditRow, String> actionColumn;
    @FXML private TableColumn<AuditRow, String> recordColumn;
    @FXML private TableColumn<AuditRow, String> detailsColumn;

    private AuditView(AuditViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    /**
     * Builds the view over its view-model and starts the first load. {@code bundle} is the security bundle:
     * {@code ResourceBundle.getBundle("kz.kuzet.i18n.security", locale)}.
     */
    public static Parent load(AuditViewModel viewModel, ResourceBundle bundle) {
        Parent root = build(viewModel, bundle);
        viewModel.load();
        return root;
    }

    /** Builds the view over its view-model as it stands: the filters as typed, the entries as loaded. */
    static Parent build(AuditViewModel viewModel, ResourceBundle bundle) {
        AuditView view = new AuditView(viewModel, bundle);
        FXMLLoader loader = new FXMLLoader(AuditView.class.getResource("/fxml/audit.fxml"), bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit view's layout (fxml/audit.fxml) cannot be loaded", e);
        }
    }

    @FXML
    private void initialize() {
        userFilter.setItems(viewModel.actors());
        userFilter.getEditor().textProperty().bindBidirectional(viewModel.userProperty());
        recordFilter.textProperty().bindBidirectional(viewModel.recordProperty());
        actionFilter.textProperty().bindBidirectional(viewModel.actionProperty());
        sinceFilter.textProperty().bindBidirectional(viewModel.sinceProperty());
        untilFilter.textProperty().bindBidirectional(viewModel.untilProperty());
        applyButton.setOnAction(e -> viewModel.load());
        applyButton.setDefaultButton(true);
        clearButton.setOnAction(e -> viewModel.clear());
        applyButton.disableProperty().bind(viewModel.loadingProperty());

        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadingProperty().get()
                        ? bundle.getString("audit.loading")
                        : MessageFormat.format(bundle.getString("audit.count"), viewModel.rows().size()),
                viewModel.rows(), viewModel.loadingProperty()));

        auditTable.setItems(viewModel.rows());
        seqColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        atColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                TIME.format(c.getValue().at().atZone(DISPLAY_ZONE))));
        actorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action()));
        recordColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().recordId() == null ? "" : c.getValue().recordId().toString()));
        detailsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(details(c.getValue(), bundle)));
    }

    /** What changed; an entry that came with an imported package first says where it came from. */
    static String details(AuditRow row, ResourceBundle bundle) {
        String change = row.before() == null ? row.after() == null ? "" : row.after()
                : row.before() + " → " + (row.after() == null ? "∅" : row.after());
        if (!row.imported()) {
            return change;
        }
        AuditRow.Origin o = row.origin();
        String from = new MessageFormat(bundle.getString("audit.imported"), bundle.getLocale()).format(new Object[] {
                o.signer(), o.seq(), TIME.format(o.importedAt().atZone(DISPLAY_ZONE))});
        return change.isEmpty() ? from : from + " " + change;
    }
}
