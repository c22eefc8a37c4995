package kz.kuzet.ui.registry;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.text.Explained;

/**
 * How the registry's forms save: the change runs on the background executor, the form shows busy meanwhile, and
 * the outcome comes back on the FX thread, as "Not saved: why" (the form keeps what was typed) or as done.
 */
final class BackgroundSave {

    private final Executor background;
    private final FormText text;
    private final BooleanProperty busy;
    private final StringProperty message;

    BackgroundSave(Executor background, FormText text, BooleanProperty busy, StringProperty message) {
        this.background = background;
        this.text = text;
        this.busy = busy;
        this.message = message;
    }

    /** Runs {@code change} off the FX thread; then {@code done} on it, or the reason it was not saved. */
    void run(Runnable change, Runnable done) {
        busy.set(true);
        background.execute(() -> {
            try {
                change.run();
                Platform.runLater(() -> {
                    busy.set(false);
                    done.run();
                });
            } catch (ConcurrentChangeException e) {
                failed(text.get("form.concurrent"));
            } catch (RuntimeException e) {
                failed(Explained.of(e, text.bundle().getLocale()));
            }
        });
    }

    /** A list that could not be read: why, in the language showing now (what was typed stays). */
    void loadFailed(RuntimeException e) {
        String why = Explained.of(e, text.bundle().getLocale());
        Platform.runLater(() -> {
            busy.set(false);
            message.set(why);
        });
    }

    private void failed(String why) {
        Platform.runLater(() -> {
            busy.set(false);
            message.set(text.get("form.notSaved", why));
        });
    }
}
