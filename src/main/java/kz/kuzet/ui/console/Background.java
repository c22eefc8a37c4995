package kz.kuzet.ui.console;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One worker thread of the console: work runs on it in order, never on the JavaFX thread, and results come back
 * to the JavaFX thread. The console has one for the database ("kuzet-db") and one for documents
 * ("kuzet-documents"), so a long summary does not hold up the change feed.
 */
public final class Background implements AutoCloseable {

    private final ScheduledExecutorService executor;

    /** The console's database thread. */
    public Background() {
        this("kuzet-db");
    }

    public Background(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on the worker thread, then one of the callbacks on the JavaFX thread. Work handed in after
     * {@link #close} (a change noted while the console closes) is dropped: there is no screen left to show it on.
     */
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed: see above
        }
    }

    public void every(long millis, Runnable work) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the work reports its own failures; a throw must not stop the schedule
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** Waits until everything submitted so far has run (tests and benchmarks). */
    public void awaitIdle() {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.submit(() -> { }).get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The worker thread did not finish its work in 2 minutes", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
