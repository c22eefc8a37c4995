package kz.kuzet.ui.main;

import java.time.Instant;
import java.util.Comparator;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.TableCell;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.RecordSummary;

/**
 * Shows a record's headline clock and the time left, recomputed when the shared "now" ticks. Only visible cells
 * exist (the table is virtualised), so one tick costs as many evaluations as there are rows on screen.
 */
final class CountdownCell extends TableCell<RecordSummary, RecordSummary> {

    private static final String[] STYLES = {"clock-normal", "clock-amber", "clock-red", "clock-overdue"};

    private final ObservableObjectValue<Instant> now;
    private final ResourceBundle bundle;
    private final InvalidationListener tick = o -> render();

    CountdownCell(ObservableObjectValue<Instant> now, ResourceBundle bundle) {
        this.now = now;
        this.bundle = bundle;
        now.addListener(new WeakInvalidationListener(tick));
    }

    @Override
    protected void updateItem(RecordSummary item, boolean empty) {
        super.updateItem(item, empty);
        render();
    }

    private void render() {
        getStyleClass().removeAll(STYLES);
        RecordSummary item = getItem();
        if (item == null || isEmpty()) {
            setText(null);
            return;
        }
        ClockBoard board = RegulationClocks.evaluate(item.facts(), now.get());
        ClockStatus headline = board.headline().orElse(null);
        if (headline == null) {
            setText(bundle.getString("clock.none"));
            return;
        }
        setText(bundle.getString("clock." + headline.name().id()) + "  " + CountdownText.of(headline, bundle));
        getStyleClass().add(styleOf(headline));
    }

    /** Colour by time left: normal, amber under 50 %, red under 20 %, overdue. */
    static String styleOf(ClockStatus status) {
        if (status.state() == kz.kuzet.clock.ClockState.OVERDUE) {
            return STYLES[3];
        }
        Double left = status.fractionLeft();
        if (left == null || left >= 0.5) {
            return STYLES[0];
        }
        return left < 0.2 ? STYLES[2] : STYLES[1];
    }

    static Comparator<RecordSummary> byHeadlineDue(Supplier<Instant> now) {
        return Comparator.comparing(r -> RegulationClocks.evaluate(r.facts(), now.get()).headline()
                .map(ClockStatus::due).orElse(Instant.MAX));
    }
}
