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
 * The console's one database thread: every query and change runs here, in order, never on the JavaFX thread;
 * results come back to the JavaFX thread.
 */
public final class Background implements AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kuzet-db");
        t.setDaemon(true);
        return t;
    });

    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
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
        try {
            executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The database thread did not finish its work", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
