package kz.kuzet.ui.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.RegistryText;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;
import kz.kuzet.ui.registry.RegistryListsViewModel.BodyRow;

/**
 * The registry screens: state bodies with this quarter's annex status, the annex editor (import, edit, check,
 * compare, confirm, export) and the sensors. Mount {@link #load} wherever the console shows the registry.
 */
public final class RegistryView {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RegistryListsViewModel lists;
    private final ResourceBundle text;
    private final String language;
    private AnnexEditorView annexView;
    private BodyEditorView bodyEditor;

    @FXML private TabPane tabs;
    @FXML private Tab annexTab;
    @FXML private Label quarterLabel;
    @FXML private TableView<BodyRow> bodiesTable;
    @FXML private TableColumn<BodyRow, String> bodyCodeColumn;
    @FXML private TableColumn<BodyRow, String> bodyNameColumn;
    @FXML private TableColumn<BodyRow, String> bodyKindColumn;
    @FXML private TableColumn<BodyRow, Number> bodyObjectsColumn;
    @FXML private TableColumn<BodyRow, Number> bodySensorsColumn;
    @FXML private TableColumn<BodyRow, String> bodyEmailColumn;
    @FXML private TableColumn<BodyRow, String> bodyAnnexColumn;
    @FXML private TableView<SensorView> sensorsTable;
    @FXML private TableColumn<SensorView, String> sensorBodyColumn;
    @FXML private TableColumn<SensorView, String> sensorContourColumn;
    @FXML private TableColumn<SensorView, String> sensorKindColumn;
    @FXML private TableColumn<SensorView, String> sensorProductColumn;
    @FXML private TableColumn<SensorView, String> sensorIpColumn;
    @FXML private TableColumn<SensorView, String> sensorStateColumn;
    @FXML private TableColumn<SensorView, String> sensorSeenColumn;

    private RegistryView(RegistryListsViewModel lists, ResourceBundle text, String language) {
        this.lists = lists;
        this.text = text;
        this.language = language;
    }

    /**
     * The registry screens over the services of {@code kuzet}, for the logged-in {@code user} (a coordinator sees
     * only their state body); database work runs on {@code background}.
     */
    public static Parent load(Kuzet kuzet, Actor user, String language, Executor background) {
        return load(kuzet, user, language, background, null);
    }

    /** As {@link #load(Kuzet, Actor, String, Executor)}, with the way files are chosen given (tests: directly). */
    public static Parent load(Kuzet kuzet, Actor user, String language, Executor background, FileOpener files) {
        ResourceBundle text = RegistryText.bundle(language);
        String actor = user.name();
        RegistryListsViewModel lists = new RegistryListsViewModel(kuzet.registry(), kuzet.annexes(), kuzet.sensors(),
                background, user);
        AnnexEditorViewModel editor = new AnnexEditorViewModel(kuzet.annexes(), background, text, actor);
        RegistryView view = new RegistryView(lists, text, language);
        AnnexEditorView.Exporter exporter = (body, quarter, target, done, failed) -> background.execute(() -> {
            try {
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".annex", ".xlsx");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    kuzet.annexes().exportXlsx(body, quarter, language, actor, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                Platform.runLater(done);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failed.accept(e.getMessage()));
            }
        });
        ResourceBundle printText = kz.kuzet.report.AnnexPrint.text(language);
        view.annexView = new AnnexEditorView(editor, text, files != null ? files : new ChooserFileOpener(text),
                exporter, new AnnexPdfPrinter(kuzet.annexPrint(), user, background, printText), printText);
        view.bodyEditor = new BodyEditorView(new BodyEditorViewModel(kuzet.bodies(), background, text, actor,
                lists::refresh), text);
        view.annexView.permit(user.may(Permission.DATA_IMPORT), user.may(Permission.REGISTRY_CHANGE));
        view.bodyEditor.permit(user.may(Permission.REGISTRY_CHANGE) && !user.isScoped());
        FXMLLoader loader = new FXMLLoader(RegistryView.class.getResource("/fxml/registry/registry.fxml"), text);
        loader.setControllerFactory(type -> type == AnnexEditorView.class ? view.annexView
                : type == BodyEditorView.class ? view.bodyEditor : view);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The registry screens (fxml/registry/registry.fxml) cannot be loaded", e);
        }
        editor.quarterProperty().set(kuzet.annexes().currentQuarter().toString());
        lists.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        quarterLabel.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                text.getString("registry.bodies.title"), lists.quarterProperty().get()), lists.quarterProperty()));
        bodiesTable.setItems(lists.bodies());
        bodyCodeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().code()));
        bodyNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("kk".equals(language)
                ? c.getValue().body().nameKk() : c.getValue().body().nameRu()));
        bodyKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString("registry.kind."
                + c.getValue().body().kind().name().toLowerCase(Locale.ROOT))));
        bodyObjectsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().objects()));
        bodySensorsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().sensors()));
        bodyEmailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().body().contactEmail()));
        bodyAnnexColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString(
                c.getValue().annexSubmitted() ? "registry.annex.submitted" : "registry.annex.missing")));
        bodiesTable.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                bodyEditor.viewModel().select(row.body().code());
            }
        });
        bodiesTable.setOnMouseClicked(e -> {
            BodyRow row = bodiesTable.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                annexView.viewModel().bodyCodeProperty().set(row.body().code());
                tabs.getSelectionModel().select(annexTab);
                annexView.viewModel().load();
            }
        });
        lists.bodies().addListener((javafx.collections.ListChangeListener<BodyRow>) c ->
                annexView.bodyChoice().getItems().setAll(lists.bodies().stream().map(b -> b.body().code()).toList()));

        sensorsTable.setItems(lists.sensors());
        sensorBodyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bodyCode()));
        sensorContourColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString("annex.section."
                + c.getValue().contour().name().toLowerCase(Locale.ROOT))));
        sensorKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind().name()
                .replace("_IPS", "/IPS").replace("_AV", "/AV").replace('_', ' ')));
        sensorProductColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(product(c.getValue())));
        sensorIpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ipAddress()));
        sensorStateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.getString("registry.sensor."
                + c.getValue().effectiveState().name().toLowerCase(Locale.ROOT))));
        sensorSeenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSeenAt() == null ? "—"
                : SEEN.format(c.getValue().lastSeenAt().atZone(DISPLAY_ZONE))));
    }

    /** Vendor, product and version, without the vendor twice when the product's name starts with it. */
    static String product(SensorView s) {
        String vendor = nz(s.vendor());
        String product = nz(s.product());
        String name = product.startsWith(vendor) ? product : (vendor + " " + product).trim();
        return (name + " " + nz(s.productVersion())).trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
