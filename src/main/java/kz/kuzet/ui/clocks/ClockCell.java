package kz.kuzet.ui.clocks;

import java.time.Instant;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.TableCell;
import kz.kuzet.clock.ClockStatus;

/**
 * A countdown in a table: recomputed when the console's one shared "now" ticks. Only visible cells exist (the
 * table is virtualised), so one tick costs as many evaluations as there are clock cells on screen.
 *
 * @param <S> the row type
 */
public final class ClockCell<S> extends TableCell<S, S> {

    private final ObservableObjectValue<Instant> now;
    private final ResourceBundle bundle;
    private final BiFunction<S, Instant, ClockStatus> clockOf;
    private final boolean showName;
    private final InvalidationListener tick = o -> render();

    public ClockCell(ObservableObjectValue<Instant> now, ResourceBundle bundle,
            BiFunction<S, Instant, ClockStatus> clockOf, boolean showName) {
        this.now = now;
        this.bundle = bundle;
        this.clockOf = clockOf;
        this.showName = showName;
        getStyleClass().add("clock-cell");
        now.addListener(new WeakInvalidationListener(tick));
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        render();
    }

    private void render() {
        getStyleClass().removeAll(ClockStyle.ALL);
        S item = getItem();
        if (item == null || isEmpty()) {
            setText(null);
            return;
        }
        ClockStatus status = clockOf.apply(item, now.get());
        if (status == null) {
            setText(bundle.getString("clock.none"));
            return;
        }
        String text = CountdownText.of(status, bundle);
        setText(showName ? bundle.getString("clock." + status.name().id()) + "  " + text : text);
        getStyleClass().add(ClockStyle.of(status));
    }
}
