package kz.kuzet.ui.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.IpAddresses;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.SupportWorkService.CollectorView;
import kz.kuzet.security.Actor;

/**
 * .c in the console: the NCCC log-collection systems of a state body, per contour, and the form that adds
 * one (checked here first, in the user's language; the service checks again). Loaded and saved off the FX thread.
 */
public final class CollectorsViewModel {

    private final SupportWorkService work;
    private final Executor background;
    private final FormText text;
    private final Actor actor;

    private final StringProperty body = new SimpleStringProperty();
    private final ObservableList<CollectorView> collectors = FXCollections.observableArrayList();
    private final ObjectProperty<Contour> contour = new SimpleObjectProperty<>(Contour.INTERNAL);
    private final StringProperty hostName = new SimpleStringProperty();
    private final StringProperty ipAddress = new SimpleStringProperty();
    private final StringProperty product = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;

    public CollectorsViewModel(SupportWorkService work, Executor background, FormText text, Actor actor) {
        this.work = work;
        this.background = background;
        this.text = text;
        this.actor = actor;
        this.saving = new BackgroundSave(background, text, busy, message);
        body.addListener((o, was, is) -> load());
    }

    /** Lists the chosen body's collection systems. */
    public void load() {
        String b = body.get();
        if (b == null) {
            collectors.clear();
            return;
        }
        background.execute(() -> {
            try {
                List<CollectorView> list = work.collectors(actor, Optional.of(b));
                Platform.runLater(() -> {
                    if (b.equals(body.get())) {
                        collectors.setAll(list);
                    }
                });
            } catch (RuntimeException e) {
                saving.loadFailed(e);
            }
        });
    }

    /** An empty form (Esc). */
    public void clear() {
        contour.set(Contour.INTERNAL);
        hostName.set(null);
        ipAddress.set(null);
        product.set(null);
        notes.set(null);
        invalidField.set(null);
        message.set("");
    }

    public void save() {
        invalidField.set(null);
        String b = body.get();
        if (b == null) {
            invalid("body", "sensor.error.body");
            return;
        }
        if (contour.get() == null) {
            invalid("contour", "collector.error.contour");
            return;
        }
        String host = trim(hostName.get());
        String ip = trim(ipAddress.get());
        if (host == null && ip == null) {
            invalid("host", "collector.error.address");
            return;
        }
        if (host != null && host.length() > 255) {
            invalid("host", "collector.error.host");
            return;
        }
        if (ip != null && !IpAddresses.isValid(ip)) {
            invalidField.set("ip");
            message.set(text.get("form.notSaved", text.get("sensor.error.ip", ip)));
            return;
        }
        String p = trim(product.get());
        if (p != null && p.length() > 120) {
            invalid("product", "collector.error.product");
            return;
        }
        String n = trim(notes.get());
        if (n != null && n.length() > 2000) {
            invalid("notes", "collector.error.notes");
            return;
        }
        Contour c = contour.get();
        saving.run(() -> work.addCollector(actor, b, c, host, ip, p, n), () -> {
            clear();
            message.set(text.get("collector.saved"));
            load();
        });
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void invalid(String field, String key) {
        invalidField.set(field);
        message.set(text.get("form.notSaved", text.get(key)));
    }

    public StringProperty bodyProperty() { return body; }
    public ObservableList<CollectorView> collectors() { return collectors; }
    public ObjectProperty<Contour> contourProperty() { return contour; }
    public StringProperty hostNameProperty() { return hostName; }
    public StringProperty ipAddressProperty() { return ipAddress; }
    public StringProperty productProperty() { return product; }
    public StringProperty notesProperty() { return notes; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public StringProperty invalidFieldProperty() { return invalidField; }
}
