package kz.kuzet.notice;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kz.kuzet.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages again in the background, about every minute, while the console runs. Which
 * messages are due is decided by {@link NoticeService#retryDue} from the injected clock; this class only says
 * when to look. Several workstations may run one each: a message being sent by one is left alone by the others.
 * A failing pass is logged and the next one comes as usual; it never stops the retrier.
 */
public final class OutboxRetrier implements AutoCloseable {

    /** How often the console looks at the outbox. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Who the audit trail names for the retries. */
    public static final Actor ACTOR = Actor.system("outbox-retry");

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetrier.class);

    private final NoticeService notices;
    private final Duration interval;
    private volatile Consumer<NoticeService.RetryResult> listener = r -> { };
    private ScheduledExecutorService executor;

    public OutboxRetrier(NoticeService notices) {
        this(notices, INTERVAL);
    }

    OutboxRetrier(NoticeService notices, Duration interval) {
        this.notices = notices;
        this.interval = interval;
    }

    /**
     * Who hears of each pass that found due messages (e.g. a status line; called on the retrier's thread, so a
     * view must hand it to its own thread).
     */
    public void onPass(Consumer<NoticeService.RetryResult> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** One look at the outbox now: sends every due message. */
    public NoticeService.RetryResult runOnce() {
        return notices.retryDue(ACTOR);
    }

    /** Starts looking every {@link #INTERVAL}, the first time one interval from now. Does nothing if running. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kuzet-outbox-retry");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::pass, millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops looking; a pass under way is let finish (up to 30 seconds). */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The outbox retry did not finish within 30 s; stopping it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void pass() {
        try {
            NoticeService.RetryResult r = runOnce();
            if (r.due() > 0) {
                LOG.info("Outbox: {} due, {} sent, {} failed", r.due(), r.sent(), r.failed());
                r.errors().forEach(e -> LOG.warn("Outbox: {}", e));
                listener.accept(r);
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox retry failed; trying again in {} s: {}", interval.toSeconds(), e.getMessage());
        }
    }
}
