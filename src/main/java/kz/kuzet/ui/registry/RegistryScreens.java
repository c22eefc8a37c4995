package kz.kuzet.ui.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Parent;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.RegistryText;
import kz.kuzet.security.Actor;

/**
 * What the registry screens keep for one logged-in user: their view-models, built once. {@link #view} builds the
 * screens in a language over them, so a language switch rebuilds the screens and keeps what was typed.
 */
public final class RegistryScreens {

    private final Kuzet kuzet;
    private final Actor user;
    private final Executor background;
    private final FileOpener files;
    private ResourceBundle text;
    private String language;
    final RegistryListsViewModel lists;
    final AnnexEditorViewModel annex;
    final BodyEditorViewModel body;
    final SensorEditorViewModel sensor;
    final WorkOrderEditorViewModel workOrder;
    final CoordinatorWorkViewModel coordinator;
    final EventLogsViewModel eventLogs;
    final CollectorsViewModel collectors;
    final ScopeViewModel scope;
    final OutdatedOsViewModel outdatedOs;
    /** The state bodies' codes the user may see, for the forms' choices. */
    final javafx.collections.ObservableList<String> bodyCodes = javafx.collections.FXCollections.observableArrayList();
    final javafx.beans.property.StringProperty sensorFilter = new javafx.beans.property.SimpleStringProperty("");
    final javafx.beans.property.StringProperty workFilter = new javafx.beans.property.SimpleStringProperty("");
    final javafx.beans.property.BooleanProperty openOnly = new javafx.beans.property.SimpleBooleanProperty();

    /**
     * The registry over the services of {@code kuzet}, for the logged-in {@code user} (a coordinator sees only
     * their state body; the services decide); database work runs on {@code background}; {@code files} chooses
     * files (null: the system's file chooser).
     */
    public RegistryScreens(Kuzet kuzet, Actor user, String language, Executor background, FileOpener files) {
        this.kuzet = kuzet;
        this.user = user;
        this.background = background;
        this.files = files;
        setLanguage(language);
        FormText form = new FormText(() -> text);
        lists = new RegistryListsViewModel(kuzet.registry(), kuzet.annexes(), kuzet.sensors(), kuzet.supportWork(),
                background, user, () -> text.getLocale());
        annex = new AnnexEditorViewModel(kuzet.annexes(), background, () -> text, user);
        body = new BodyEditorViewModel(kuzet.bodies(), background, () -> text, user, lists::refresh);
        sensor = new SensorEditorViewModel(kuzet.sensors(), background, form, user, lists::refresh);
        workOrder = new WorkOrderEditorViewModel(kuzet.supportWork(), background, form, user, kuzet.clock(),
                lists::refresh);
        coordinator = new CoordinatorWorkViewModel(kuzet.supportWork(), background, form, user, kuzet.clock());
        eventLogs = new EventLogsViewModel(kuzet.supportWork(), kuzet.objects(), background, form, user);
        collectors = new CollectorsViewModel(kuzet.supportWork(), background, form, user);
        outdatedOs = new OutdatedOsViewModel(kuzet.outdatedOs(), background, form, user);
        scope = new ScopeViewModel(kuzet.objects(), background, form, user, () -> {
            eventLogs.load();
            outdatedOs.load();
        });
        lists.sensors().addListener((javafx.collections.ListChangeListener<kz.kuzet.registry.SensorService.SensorView>)
                c -> sensor.reselect(lists.sensors()));
        lists.workOrders().addListener((javafx.collections.ListChangeListener<
                kz.kuzet.registry.SupportWorkService.WorkOrderView>) c -> workOrder.reselect(lists.workOrders()));
        lists.bodies().addListener((javafx.collections.ListChangeListener<RegistryListsViewModel.BodyRow>) c -> {
            java.util.List<String> codes = lists.bodies().stream().map(b -> b.body().code()).toList();
            if (!codes.equals(bodyCodes)) { // replacing the same codes would clear the choices made from them
                bodyCodes.setAll(codes);
            }
        });
        annex.quarterProperty().set(kuzet.annexes().currentQuarter().toString());
        if (user.isScoped()) {
            sensor.startNew(user.stateBodyCode());
            workOrder.startNew(user.stateBodyCode());
            coordinator.bodyProperty().set(user.stateBodyCode());
            eventLogs.bodyProperty().set(user.stateBodyCode());
            collectors.bodyProperty().set(user.stateBodyCode());
            scope.bodyProperty().set(user.stateBodyCode());
        }
        lists.refresh();
        outdatedOs.load();
    }

    /** The registry screens in {@code language} ("kk", "ru", "en") over the same view-models. */
    public Parent view(String language) {
        setLanguage(language);
        return RegistryView.build(this, text, this.language);
    }

    private void setLanguage(String language) {
        this.language = language;
        this.text = RegistryText.bundle(language);
    }

    Actor user() {
        return user;
    }

    FileOpener files(ResourceBundle bundle) {
        return files != null ? files : new ChooserFileOpener(bundle);
    }

    /** Prints the committed annex in the official form as a PDF (kk or ru), off the FX thread. */
    AnnexPdfPrinter pdfPrinter(ResourceBundle printText) {
        return new AnnexPdfPrinter(kuzet.annexPrint(), user, background, printText);
    }

    /** Saves the committed annex in the official form off the FX thread, replacing the target only when done. */
    AnnexEditorView.Exporter exporter() {
        return (bodyCode, quarter, target, done, failed) -> background.execute(() -> {
            try {
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".annex", ".xlsx");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    kuzet.annexes().exportXlsx(user, bodyCode, quarter, language, out);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                Platform.runLater(done);
            } catch (IOException | RuntimeException e) {
                String why = kz.kuzet.text.Explained.of(e, text.getLocale());
                Platform.runLater(() -> failed.accept(why));
            }
        });
    }
}
