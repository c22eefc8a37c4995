package kz.kuzet.ui.record;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.console.Views;

/**
 * One open record: its detail, and the analyst's drafts for every action. A draft is cleared only when its action
 * succeeds; a conflict, a lost connection or a language switch keeps it.
 */
public final class RecordModel implements RecordPage {

    /** A service call against the version the analyst saw; returns the new version. */
    @FunctionalInterface
    interface Action {
        long apply(VersionedId seen) throws Exception;
    }

    /** A service call that also says what to tell the analyst (e.g. a notice sent, or waiting with the reason). */
    @FunctionalInterface
    interface Reported {
        Done apply(VersionedId seen) throws Exception;
    }

    /** The record's new version and the note that says what happened. */
    record Done(long version, Note note) {
    }

    private final ConsoleModel console;
    private final long recordId;
    private final ObjectProperty<RecordDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> conflict = new SimpleObjectProperty<>();
    private long ownVersion = -1;

    final StringProperty analysis = new SimpleStringProperty("");
    final StringProperty recommendation = new SimpleStringProperty("");
    final StringProperty measure = new SimpleStringProperty("");
    final ObjectProperty<RecordDetail.SensorChoice> measureSensor = new SimpleObjectProperty<>();
    final ObjectProperty<DispatchDecider> dispatchDecider = new SimpleObjectProperty<>(DispatchDecider.STS);
    final StringProperty dispatchEmployee = new SimpleStringProperty("");
    final StringProperty dispatchWhen = new SimpleStringProperty("");
    final StringProperty dispatchNotes = new SimpleStringProperty("");
    final StringProperty reportAnalysis = new SimpleStringProperty("");
    final StringProperty reportMeasures = new SimpleStringProperty("");
    final StringProperty reportWhen = new SimpleStringProperty("");
    final BooleanProperty reportEliminated = new SimpleBooleanProperty(false);
    final ObjectProperty<NoticeKind> noticeKind = new SimpleObjectProperty<>(NoticeKind.SB);
    final ObjectProperty<kz.kuzet.notice.NoticeLanguage> noticeLanguage = new SimpleObjectProperty<>();
    final ObjectProperty<DeliveryChannel> noticeChannel = new SimpleObjectProperty<>(DeliveryChannel.EMAIL);
    final StringProperty noticeRecipient = new SimpleStringProperty("");
    final StringProperty noticeReference = new SimpleStringProperty("");
    final StringProperty noticeWhen = new SimpleStringProperty("");
    final StringProperty escalationRecipient = new SimpleStringProperty("");
    final StringProperty assignee = new SimpleStringProperty("");
    final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>();

    public RecordModel(ConsoleModel console, long recordId) {
        this.console = console;
        this.recordId = recordId;
        console.onChanges(changes -> {
            if (changes.stream().anyMatch(c -> c.entity().equals("incident_record") && c.entityId() == recordId)) {
                reloadAfterOutsideChange();
            }
        });
    }

    public long recordId() {
        return recordId;
    }

    public void load() {
        console.submit(() -> console.kuzet().queues().detail(console.actor(), recordId), d -> {
            boolean first = detail.get() == null;
            detail.set(d);
            if (first) {
                takeFieldsFrom(d);
            }
        }, e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    private void takeFieldsFrom(RecordDetail d) {
        RecordSummary s = d.summary();
        severity.set(s.severity());
        category.set(s.category());
        kind.set(s.kind());
        assignee.set(s.assignee() == null ? "" : s.assignee());
        if (analysis.get().isBlank() && d.initialAnalysis() != null) {
            analysis.set(d.initialAnalysis());
        }
    }

    private void reloadAfterOutsideChange() {
        RecordDetail before = detail.get();
        console.submit(() -> console.kuzet().queues().detail(console.actor(), recordId), d -> {
            if (before != null && d.summary().version() != before.summary().version()
                    && d.summary().version() != ownVersion) {
                note.set(Note.info("record.updated.elsewhere", describe(before, d)));
            }
            detail.set(d);
        }, e -> { });
    }

    /** Exports the record as a signed offline package (off the JavaFX thread); the note says where it went. */
    void exportPackage(java.nio.file.Path file) {
        console.submit(() -> console.kuzet().packages().export(console.actor(), recordId, file),
                r -> note.set(Note.info("record.package.exported", r.file().toString(), r.entries(),
                        r.signerFingerprint())),
                e -> note.set(Note.error("error.action", ConsoleModel.reason(e))));
    }

    void run(String doneKey, Action action, Runnable clearDraft) {
        run(seen -> new Done(action.apply(seen), Note.info(doneKey)), clearDraft);
    }

    void run(Reported action, Runnable clearDraft) {
        RecordDetail seenDetail = detail.get();
        if (seenDetail == null) {
            return;
        }
        VersionedId seen = new VersionedId(recordId, seenDetail.summary().version());
        console.submit(() -> action.apply(seen), done -> {
            ownVersion = done.version();
            clearDraft.run();
            conflict.set(null);
            note.set(done.note());
            console.submit(() -> console.kuzet().queues().detail(console.actor(), recordId), detail::set, e -> { });
        }, e -> {
            if (e instanceof ConcurrentChangeException) {
                console.submit(() -> console.kuzet().queues().detail(console.actor(), recordId), d -> {
                    detail.set(d);
                    note.set(null);
                    conflict.set(Note.warning("conflict.record", describe(seenDetail, d)));
                }, e2 -> conflict.set(Note.warning("conflict.record", "")));
            } else {
                note.set(Note.error("error.action", ConsoleModel.reason(e)));
            }
        });
    }

    /** What another workstation changed between two versions of the record, in the current language. */
    String describe(RecordDetail was, RecordDetail is) {
        ResourceBundle b = console.bundle();
        RecordSummary a = was.summary();
        RecordSummary n = is.summary();
        List<String> changes = new ArrayList<>();
        if (a.status() != n.status()) {
            changes.add(b.getString("col.status") + ": " + Views.enumText(b, "status.", n.status()));
        }
        if (a.kind() != n.kind()) {
            changes.add(b.getString("col.kind") + ": " + b.getString("kind." + n.kind().id()));
        }
        if (a.severity() != n.severity()) {
            changes.add(b.getString("col.severity") + ": " + Views.severity(b, n.severity()));
        }
        if (a.category() != n.category()) {
            changes.add(b.getString("col.category") + ": " + Views.enumText(b, "category.", n.category()));
        }
        if (!Objects.equals(a.assignee(), n.assignee())) {
            changes.add(b.getString("col.assignee") + ": " + n.assignee());
        }
        if (!Objects.equals(was.initialAnalysis(), is.initialAnalysis())) {
            changes.add(b.getString("record.tab.analysis") + ": «" + is.initialAnalysis() + "»");
        }
        for (TimelineEntry t : is.timeline()) {
            if (!was.timeline().contains(t) && !t.type().startsWith("audit:")) {
                changes.add(TimelineText.type(b, t.type()) + (t.actor() == null ? "" : " (" + t.actor() + ")") + ": "
                        + t.text());
            }
        }
        List<TimelineEntry> audits = is.timeline().stream()
                .filter(t -> t.type().startsWith("audit:") && !was.timeline().contains(t)).toList();
        if (!audits.isEmpty()) {
            TimelineEntry last = audits.get(audits.size() - 1);
            changes.add(0, b.getString("record.by") + " " + last.actor() + ", " + Views.time(last.at()));
        }
        return String.join("; ", changes);
    }

    /** An instant typed as "yyyy-MM-dd HH:mm" in UTC+5; blank means now. */
    Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return console.clock().instant();
        }
        try {
            return LocalDateTime.parse(text.strip(), Views.INPUT_TIME).atZone(Views.DISPLAY_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(java.text.MessageFormat.format(
                    console.bundle().getString("error.time"), text));
        }
    }

    kz.kuzet.security.Actor actor() {
        return console.actor();
    }

    ConsoleModel console() {
        return console;
    }

    @Override public ObjectProperty<RecordDetail> detailProperty() { return detail; }
    @Override public ObjectProperty<Note> noteProperty() { return note; }
    @Override public ObjectProperty<Note> conflictProperty() { return conflict; }
    @Override public ObjectProperty<Instant> clocksAt() { return console.nowProperty(); }
    public StringProperty recommendationDraft() { return recommendation; }
    public StringProperty analysisDraft() { return analysis; }
}
