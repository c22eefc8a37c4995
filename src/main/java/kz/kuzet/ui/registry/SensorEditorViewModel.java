package kz.kuzet.ui.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
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
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorService;
import kz.kuzet.registry.SensorService.SensorForm;
import kz.kuzet.registry.SensorService.SensorView;
import kz.kuzet.registry.SensorState;
import kz.kuzet.security.Actor;

/**
 * The form of one sensor: register, edit, move to its next state. The form is checked here first (messages in the
 * user's language); the service checks again and decides. Saved off the FX thread; a failed save keeps the form.
 */
public final class SensorEditorViewModel {

    private final SensorService sensors;
    private final FormText text;
    private final Actor actor;
    private final Runnable saved;

    private final StringProperty body = new SimpleStringProperty();
    private final ObjectProperty<Contour> contour = new SimpleObjectProperty<>(Contour.INTERNAL);
    private final ObjectProperty<SensorKind> kind = new SimpleObjectProperty<>(SensorKind.IDS_IPS);
    private final StringProperty vendor = new SimpleStringProperty();
    private final StringProperty product = new SimpleStringProperty();
    private final StringProperty productVersion = new SimpleStringProperty();
    private final StringProperty ipAddress = new SimpleStringProperty();
    private final BooleanProperty installedBySts = new SimpleBooleanProperty(true);
    private final StringProperty protectionMode = new SimpleStringProperty();
    private final StringProperty interval = new SimpleStringProperty("60");
    private final ObjectProperty<SensorState> state = new SimpleObjectProperty<>();
    private final ObservableList<SensorState> nextStates = FXCollections.observableArrayList();
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty();
    private final BackgroundSave saving;
    private SensorView shown;

    public SensorEditorViewModel(SensorService sensors, Executor background, FormText text, Actor actor,
            Runnable saved) {
        this.sensors = sensors;
        this.text = text;
        this.actor = actor;
        this.saved = saved;
        this.saving = new BackgroundSave(background, text, busy, status);
    }

    /** Shows a listed sensor for editing. */
    public void show(SensorView s) {
        shown = s;
        creating.set(false);
        body.set(s.bodyCode());
        contour.set(s.contour());
        kind.set(s.kind());
        vendor.set(s.vendor());
        product.set(s.product());
        productVersion.set(s.productVersion());
        ipAddress.set(s.ipAddress());
        installedBySts.set(s.installedBySts());
        protectionMode.set(s.protectionMode());
        interval.set(Integer.toString(s.expectedIntervalMinutes()));
        state.set(s.state());
        nextStates.setAll(SensorService.allowedNext(s.state()).stream().sorted().toList());
        status.set("");
        invalidField.set(null);
    }

    /** An empty form for a new sensor of {@code bodyCode} (null: choose one). */
    public void startNew(String bodyCode) {
        shown = null;
        creating.set(true);
        body.set(bodyCode);
        contour.set(Contour.INTERNAL);
        kind.set(SensorKind.IDS_IPS);
        for (StringProperty p : List.of(vendor, product, productVersion, ipAddress, protectionMode)) {
            p.set(null);
        }
        installedBySts.set(true);
        interval.set("60");
        state.set(null);
        nextStates.clear();
        status.set("");
        invalidField.set(null);
    }

    /** Puts the form back as last loaded (Esc). */
    public void cancel() {
        if (shown != null) {
            show(shown);
        } else {
            startNew(body.get());
        }
    }

    public void save() {
        Optional<SensorForm> form = form();
        if (form.isEmpty()) {
            return;
        }
        SensorView editing = shown;
        run(() -> {
            if (editing == null) {
                sensors.create(actor, form.get(), SensorState.PLANNED);
            } else {
                sensors.update(actor, editing.id(), editing.version(), form.get());
            }
        }, "sensor.saved");
    }

    /** Moves the sensor shown to {@code target} (one of {@link #nextStates()}). */
    public void moveTo(SensorState target) {
        SensorView editing = shown;
        if (editing == null || target == null) {
            return;
        }
        run(() -> sensors.transition(actor, editing.id(), editing.version(), target), "sensor.moved");
    }

    /** After a save the list reloads; the form shows the saved sensor again when the list has it. */
    public void reselect(List<SensorView> listed) {
        if (shown == null) {
            return;
        }
        listed.stream().filter(s -> s.id() == shown.id()).findFirst().ifPresent(s -> {
            String kept = status.get();
            show(s);
            status.set(kept);
        });
    }

    private void run(Runnable change, String doneKey) {
        invalidField.set(null);
        saving.run(change, () -> {
            status.set(text.get(doneKey));
            if (shown == null) {
                startNewKeepingStatus();
            }
            saved.run();
        });
    }

    private void startNewKeepingStatus() {
        String kept = status.get();
        startNew(body.get());
        status.set(kept);
    }

    /** The form as the service takes it, or empty with the first problem said (and its field marked). */
    Optional<SensorForm> form() {
        if (body.get() == null || body.get().isBlank()) {
            return invalid("body", "sensor.error.body");
        }
        if (contour.get() == null || kind.get() == null) {
            return invalid("kind", "sensor.error.kind");
        }
        String ip = trim(ipAddress.get());
        if (ip != null && IpAddresses.canonical(ip).isEmpty()) {
            return invalid("ip", "sensor.error.ip", ip);
        }
        int minutes;
        try {
            minutes = Integer.parseInt(trim(interval.get()) == null ? "" : interval.get().trim());
        } catch (NumberFormatException e) {
            return invalid("interval", "sensor.error.interval");
        }
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            return invalid("interval", "sensor.error.interval");
        }
        return Optional.of(new SensorForm(body.get(), contour.get(), kind.get(), trim(vendor.get()),
                trim(product.get()), trim(productVersion.get()), ip, installedBySts.get(), trim(protectionMode.get()),
                minutes));
    }

    private <T> Optional<T> invalid(String field, String key, Object... args) {
        invalidField.set(field);
        status.set(text.get("form.notSaved", text.get(key, args)));
        return Optional.empty();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public StringProperty bodyProperty() { return body; }
    public ObjectProperty<Contour> contourProperty() { return contour; }
    public ObjectProperty<SensorKind> kindProperty() { return kind; }
    public StringProperty vendorProperty() { return vendor; }
    public StringProperty productProperty() { return product; }
    public StringProperty productVersionProperty() { return productVersion; }
    public StringProperty ipAddressProperty() { return ipAddress; }
    public BooleanProperty installedByStsProperty() { return installedBySts; }
    public StringProperty protectionModeProperty() { return protectionMode; }
    public StringProperty intervalProperty() { return interval; }
    public ObjectProperty<SensorState> stateProperty() { return state; }
    public ObservableList<SensorState> nextStates() { return nextStates; }
    public BooleanProperty creatingProperty() { return creating; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty statusProperty() { return status; }
    /** The field the last check found wrong ("ip", "interval", …), or null. */
    public StringProperty invalidFieldProperty() { return invalidField; }
}
