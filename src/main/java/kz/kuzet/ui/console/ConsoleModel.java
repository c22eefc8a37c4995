package kz.kuzet.ui.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.ui.Messages;
import kz.kuzet.ui.clocks.ClockAlarms;

/**
 * One analyst's session: the database (once open), who is acting, the language, the one ticking "now" every
 * countdown reads, the connection state, the change feed poll and the clock alarms. Screens' view-models hang
 * off it; they survive a language switch, a lost connection and a conflict, so nothing typed is lost.
 */
public final class ConsoleModel implements AutoCloseable {

    /** How often the change feed and the connection are checked. */
    public static final long POLL_MILLIS = 1000;

    private final Clock clock;
    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>();
    private final Background background = new Background();
    private final Background documents = new Background("kuzet-documents");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final ObjectProperty<ResourceBundle> bundle = new SimpleObjectProperty<>();
    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final ObjectProperty<Note> problem = new SimpleObjectProperty<>();
    private final ObservableList<ClockAlarms.Alarm> alarmsRaised = FXCollections.observableArrayList();
    private final List<Consumer<List<ChangeFeed.Change>>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> reconnectListeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<ClockAlarms.Watched>> watched = new LinkedHashMap<>();
    private final ClockAlarms alarms = new ClockAlarms();
    private Consumer<List<ClockAlarms.Alarm>> alarmSink = a -> { };
    private Timeline ticker;
    private AutoCloseable listener;
    private volatile Kuzet kuzet;
    private volatile long lastChangeSeen = -1;
    private volatile long lastDetectionSeen = -1;
    private volatile boolean reachable;

    public ConsoleModel(Clock clock, Actor actor, String language) {
        this.clock = clock;
        this.actor.set(actor);
        this.now.set(clock.instant());
        this.bundle.set(Messages.bundle(language));
    }

    /** Starts the one timeline that ticks every countdown on screen. */
    public void startTicking() {
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public void stopTicking() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    /** Moves "now" to the clock's instant and rings the alarms that came; the timeline calls it every second. */
    public void tick() {
        Instant instant = clock.instant();
        now.set(instant);
        List<ClockAlarms.Alarm> rang = alarms.tick(instant);
        if (!rang.isEmpty()) {
            alarmsRaised.addAll(rang);
            if (alarmsRaised.size() > 200) {
                alarmsRaised.remove(0, alarmsRaised.size() - 200);
            }
            alarmSink.accept(rang);
        }
    }

    /** The database is open: start polling the change feed (and with it, the connection). */
    public void connected(Kuzet opened) {
        attach(opened);
        background.every(POLL_MILLIS, this::poll);
        listener = opened.changes().listen(this::pollNow);
    }

    /** Uses the database without polling the change feed (tests that need a stale session). */
    public void attach(Kuzet opened) {
        this.kuzet = opened;
        reachable = true;
        connected.set(true);
        problem.set(null);
    }

    /** Checks the change feed and the connection once (the poll runs this every second). */
    public void pollNow() {
        background.submit(() -> {
            poll();
            return null;
        }, x -> { }, e -> { });
    }

    public void connectionFailed(Throwable error) {
        connected.set(false);
        problem.set(Note.error("error.connect", reason(error)));
    }

    private void poll() {
        Kuzet k = kuzet;
        try {
            long latest = k.changes().latestId();
            if (!reachable) {
                reachable = true;
                Platform.runLater(() -> {
                    connected.set(true);
                    problem.set(null);
                    reconnectListeners.forEach(Runnable::run);
                });
            }
            long newestDetection = k.changes().latestDetectionId();
            if (lastChangeSeen < 0) {
                lastChangeSeen = latest;
                lastDetectionSeen = newestDetection;
                return;
            }
            List<ChangeFeed.Change> changes = new ArrayList<>();
            if (latest > lastChangeSeen) {
                changes.addAll(k.changes().since(lastChangeSeen, 5000));
                lastChangeSeen = latest;
            }
            if (newestDetection != lastDetectionSeen) {
                changes.add(new ChangeFeed.Change(0, "detection", newestDetection));
                lastDetectionSeen = newestDetection;
            }
            if (!changes.isEmpty()) {
                Platform.runLater(() -> changeListeners.forEach(l -> l.accept(changes)));
            }
        } catch (RuntimeException e) {
            if (reachable) {
                reachable = false;
                Platform.runLater(() -> {
                    connected.set(false);
                    problem.set(Note.error("error.lost", reason(e)));
                });
            }
        }
    }

    /** Runs database work off the JavaFX thread; the outcome comes back on it. */
    public <T> void submit(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.submit(work, onSuccess, e -> {
            if (!(e instanceof IllegalArgumentException) && !(e instanceof kz.kuzet.store.ConcurrentChangeException)
                    && kuzet != null && !kuzet.database().isReachable()) {
                connected.set(false);
                reachable = false;
                problem.set(Note.error("error.lost", reason(e)));
            }
            onFailure.accept(e);
        });
    }

    /** Replaces the rows one screen asks alarms for. */
    public void watch(String source, List<ClockAlarms.Watched> rows) {
        watched.put(source, List.copyOf(rows));
        List<ClockAlarms.Watched> all = new ArrayList<>();
        watched.values().forEach(all::addAll);
        alarms.watch(all, clock.instant());
    }

    public void onChanges(Consumer<List<ChangeFeed.Change>> listener) {
        changeListeners.add(listener);
    }

    public void onReconnect(Runnable listener) {
        reconnectListeners.add(listener);
    }

    /** Who rings the alarms of one tick (one notification for all of them). */
    public void setAlarmSink(Consumer<List<ClockAlarms.Alarm>> sink) {
        this.alarmSink = sink;
    }

    public void setLanguage(String language) {
        bundle.set(Messages.bundle(language));
    }

    /**
     * What a {@link Note} should say about a failure: the failure that explains itself in the reader's language
     * (kept as it is, so the note follows a language switch), else the root cause's message.
     */
    public static Object reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof kz.kuzet.text.Explained) {
                return t;
            }
        }
        return rootMessage(e);
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public Kuzet kuzet() { return kuzet; }
    public Clock clock() { return clock; }
    /** Who is logged in (null before the log-in). */
    public Actor actor() { return actor.get(); }

    public ObjectProperty<Actor> actorProperty() { return actor; }

    public void logIn(Actor loggedIn) {
        this.actor.set(loggedIn);
    }
    public Background background() { return background; }
    /** The thread summaries are made on (not the database thread: a big one takes seconds). */
    public Background documents() { return documents; }
    public ObjectProperty<Instant> nowProperty() { return now; }
    public ObjectProperty<ResourceBundle> bundleProperty() { return bundle; }
    public ResourceBundle bundle() { return bundle.get(); }
    public String language() { return bundle.get().getLocale().getLanguage().isEmpty() ? "en"
            : bundle.get().getLocale().getLanguage(); }
    public BooleanProperty connectedProperty() { return connected; }
    /** Whether the database holds the demo world (the title bar says so). */
    public BooleanProperty demoProperty() { return demo; }
    public ObjectProperty<Note> problemProperty() { return problem; }
    public ObservableList<ClockAlarms.Alarm> alarmsRaised() { return alarmsRaised; }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.stop();
        }
        if (listener != null) {
            try {
                listener.close();
            } catch (Exception e) {
                // closing a listener thread cannot fail in a way that matters here
            }
        }
        background.close();
        documents.close();
    }
}
