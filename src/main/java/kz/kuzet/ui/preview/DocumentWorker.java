package kz.kuzet.ui.preview;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The thread documents are made, drawn, saved and printed on: never the JavaFX thread, and not the console's
 * database thread either, so a long summary does not hold up the change feed. Results come back on the JavaFX
 * thread.
 */
public final class DocumentWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kuzet-documents");
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

    /** Waits until everything submitted so far has run (tests). */
    public void awaitIdle() {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.submit(() -> { }).get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The document thread did not finish its work", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
