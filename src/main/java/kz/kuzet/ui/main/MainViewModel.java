package kz.kuzet.ui.main;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.RecordSummary;

/**
 * The first screen's state: the connection, the open records, and one ticking "now" that every visible
 * countdown cell reads. Database work runs on a background thread, never on the JavaFX thread.
 */
public final class MainViewModel {

    private static final long REFRESH_SECONDS = 2;

    private final Clock clock;
    private final ResourceBundle bundle;
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final StringProperty connection = new SimpleStringProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final BooleanProperty demoData = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty();
    private final ObservableList<RecordSummary> openRecords = FXCollections.observableArrayList();
    private final Timeline ticker;
    private ScheduledExecutorService refresher;
    private Kuzet kuzet;
    private kz.kuzet.security.Actor actor;

    public MainViewModel(Clock clock, ResourceBundle bundle) {
        this.clock = clock;
        this.bundle = bundle;
        this.now.set(clock.instant());
        this.connection.set(bundle.getString("status.connecting"));
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> now.set(clock.instant())));
        this.ticker.setCycleCount(Timeline.INDEFINITE);
        this.ticker.play();
    }

    /**
     * Called on the JavaFX thread once the database is open and {@code loggedIn} has logged in; {@code demo} tells
     * whether it holds demo data.
     */
    public void connected(Kuzet opened, boolean demo, kz.kuzet.security.Actor loggedIn) {
        demoData.set(demo);
        this.kuzet = opened;
        this.actor = loggedIn;
        connected.set(true);
        problem.set(null);
        connection.set(MessageFormat.format(bundle.getString("status.connected"),
                opened.database().settings().displayName()));
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kuzet-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    public void connectionFailed(Throwable error) {
        connected.set(false);
        connection.set(bundle.getString("status.disconnected"));
        problem.set(MessageFormat.format(bundle.getString("error.connect"), rootMessage(error)));
    }

    private void refresh() {
        try {
            List<RecordSummary> records = kuzet.records().list(actor, true);
            Platform.runLater(() -> {
                openRecords.setAll(records);
                if (!connected.get()) {
                    connected.set(true);
                    problem.set(null);
                }
            });
        } catch (RuntimeException e) {
            Platform.runLater(() -> {
                connected.set(false);
                problem.set(MessageFormat.format(bundle.getString("error.lost"), rootMessage(e)));
            });
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public ObjectProperty<Instant> nowProperty() { return now; }
    public StringProperty connectionProperty() { return connection; }
    public BooleanProperty connectedProperty() { return connected; }
    public BooleanProperty demoDataProperty() { return demoData; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<RecordSummary> openRecords() { return openRecords; }
    public Clock clock() { return clock; }

    public void close() {
        ticker.stop();
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
