package kz.kuzet.ui.console;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import kz.kuzet.ui.detections.DetectionsModel;
import kz.kuzet.ui.detections.UnattributedModel;
import kz.kuzet.ui.outbox.OutboxModel;
import kz.kuzet.ui.record.RecordModel;
import kz.kuzet.ui.records.RecordsModel;

/**
 * The main window's lasting state: the session, the screens' view-models, which screen is showing and the record
 * open in it. The view is rebuilt from these on a language switch, so nothing on screen or typed is lost.
 */
public final class ConsoleWindow {

    private final ConsoleModel console;
    private final DetectionsModel detections;
    private final RecordsModel records;
    private final UnattributedModel unattributed;
    private final OutboxModel outbox;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DETECTIONS);
    private RecordModel openRecord;
    private Parent registryView;
    private java.util.function.Function<String, Parent> registryScreens;
    private Parent auditView;
    private java.util.function.Function<String, Parent> auditScreens;
    private Runnable settingsAction = () -> { };
    private Runnable openPackageAction = () -> { };
    private ConsoleView view;
    private Scene scene;

    public ConsoleWindow(ConsoleModel console) {
        this.console = console;
        this.detections = new DetectionsModel(console);
        this.records = new RecordsModel(console);
        this.unattributed = new UnattributedModel(console);
        this.outbox = new OutboxModel(console);
        console.bundleProperty().addListener((o, was, is) -> rebuild());
    }

    /** Builds the scene (once); a language switch replaces its root. */
    public Scene scene(double width, double height) {
        view = new ConsoleView(this, console.bundle());
        scene = new Scene(view.root(), width, height);
        return scene;
    }

    private void rebuild() {
        if (scene == null) {
            return;
        }
        if (registryScreens != null) {
            registryView = registryScreens.apply(console.language());
        }
        if (auditScreens != null) {
            auditView = auditScreens.apply(console.language());
        }
        view = new ConsoleView(this, console.bundle());
        scene.setRoot(view.root());
    }

    /** The database is open: load every queue. */
    public void loadAll() {
        detections.refresh();
        records.refresh();
        records.loadSavedViews();
        unattributed.refresh();
        outbox.refresh();
    }

    public void openRecord(long recordId) {
        if (openRecord == null || openRecord.recordId() != recordId) {
            openRecord = new RecordModel(console, recordId);
            openRecord.load();
        }
        screen.set(Screen.RECORD);
    }

    /** Mount point for the registry screen (built on the registry branch). */
    public void setRegistryView(Parent view) {
        this.registryView = view;
        rebuild();
    }

    /** Mount point for registry screens that are rebuilt in the new language on a language switch. */
    public void setRegistryView(java.util.function.Function<String, Parent> inLanguage) {
        this.registryScreens = inLanguage;
        if (scene == null) {
            this.registryView = inLanguage.apply(console.language());
        }
        rebuild();
    }

    /** What the title bar's Settings button opens (the first-run package's settings screen). */
    public void setSettingsAction(Runnable action) {
        this.settingsAction = action;
    }

    public void openSettings() {
        settingsAction.run();
    }

    /** What File → Open package… does (the review feature opens the package in a window of its own). */
    public void setOpenPackageAction(Runnable action) {
        this.openPackageAction = action;
    }

    public void openPackage() {
        openPackageAction.run();
    }

    /** Mount point for the audit screen (built on the security branch). */
    public void setAuditView(Parent view) {
        this.auditView = view;
        rebuild();
    }

    /** Mount point for an audit screen that is rebuilt in the new language on a language switch. */
    public void setAuditView(java.util.function.Function<String, Parent> inLanguage) {
        this.auditScreens = inLanguage;
        if (scene == null) {
            this.auditView = inLanguage.apply(console.language());
        }
        rebuild();
    }

    public ConsoleModel console() { return console; }
    public DetectionsModel detections() { return detections; }
    public RecordsModel records() { return records; }
    public UnattributedModel unattributed() { return unattributed; }
    /** The notices waiting to be e-mailed (status bar indicator, Reports screen). */
    public OutboxModel outbox() { return outbox; }
    public ObjectProperty<Screen> screenProperty() { return screen; }
    public RecordModel openRecord() { return openRecord; }
    public Parent registryView() { return registryView; }
    public Parent auditView() { return auditView; }
    public ConsoleView view() { return view; }
}
