package kz.kuzet.ui.review;

import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.record.RecordPage;

/** A record read from a package: fixed, with its clocks counted at the export instant. */
final class PackageRecordPage implements RecordPage {

    private final ReadOnlyObjectWrapper<RecordDetail> detail;
    private final ReadOnlyObjectWrapper<Instant> exportedAt;
    private final ReadOnlyObjectWrapper<Note> none = new ReadOnlyObjectWrapper<>();

    PackageRecordPage(ReviewedPackage content) {
        this.detail = new ReadOnlyObjectWrapper<>(content.detail());
        this.exportedAt = new ReadOnlyObjectWrapper<>(content.clocksAt());
    }

    @Override public ObservableObjectValue<RecordDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    @Override public ObservableValue<Instant> clocksAt() { return exportedAt.getReadOnlyProperty(); }
    @Override public ObservableObjectValue<Note> noteProperty() { return none.getReadOnlyProperty(); }
    @Override public ObservableObjectValue<Note> conflictProperty() { return none.getReadOnlyProperty(); }
}
