package kz.kuzet.ui.reports;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.kuzet.app.Kuzet;
import kz.kuzet.notice.Signer;
import kz.kuzet.report.Quarter;
import kz.kuzet.report.QuarterlyRenderer;
import kz.kuzet.report.QuarterlySummary;
import kz.kuzet.report.SummaryKind;
import kz.kuzet.security.Actor;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.console.Views;
import kz.kuzet.ui.console.Background;
import kz.kuzet.ui.preview.PdfPages;
import kz.kuzet.ui.preview.PreviewDialog;
import kz.kuzet.ui.preview.PreviewModel;
import kz.kuzet.ui.preview.PreviewText;

/**
 * The quarterly summaries on the Reports screen: choose the quarter, which summary and its language; it is made on
 * the document thread with the step shown, then opened in the preview to save or print.
 */
final class QuarterlyPane {

    private final ConsoleModel console;
    private final ResourceBundle bundle;
    private final Background worker;
    private final VBox root;
    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final ComboBox<SummaryKind> kind = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("kk", "ru"));
    private final Button make;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final javafx.beans.property.ObjectProperty<Note> note = new javafx.beans.property.SimpleObjectProperty<>();
    private PreviewDialog lastOpened;

    QuarterlyPane(ConsoleModel console, Background worker) {
        this.console = console;
        this.worker = worker;
        this.bundle = PreviewText.bundle(console.language());
        Label title = new Label(bundle.getString("summary.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(bundle.getString("summary.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        quarter.setId("quarterBox");
        quarter.getItems().setAll(recentQuarters(Quarter.containing(console.clock().instant()), 8));
        quarter.setValue(quarter.getItems().get(1));
        kind.setId("summaryKindBox");
        kind.getItems().setAll(SummaryKind.values());
        kind.setValue(SummaryKind.STS_KNB);
        kind.setConverter(Views.converter(k -> bundle.getString("summary.kind." + k.id())));
        language.setId("summaryLanguageBox");
        language.setValue("ru".equals(console.language()) ? "ru" : "kk");
        language.setConverter(Views.converter(l -> bundle.getString("notice.docs.language." + l)));
        make = new Button(bundle.getString("summary.make"));
        make.setId("makeSummaryButton");
        make.setOnAction(e -> make());
        progress.setId("summaryProgress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        Label status = new Label();
        status.setId("summaryStatus");
        status.setWrapText(true);
        Views.bindNote(status, note, bundle);
        HBox row = new HBox(8, new Label(bundle.getString("summary.quarter")), quarter,
                new Label(bundle.getString("summary.kind")), kind, new Label(bundle.getString("summary.language")),
                language, make, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, title, hint, row, status);
    }

    VBox root() {
        return root;
    }

    PreviewDialog lastOpened() {
        return lastOpened;
    }

    /** This quarter and the ones before it, newest first. */
    static List<Quarter> recentQuarters(Quarter current, int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = current;
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = q.number() == 1 ? new Quarter(q.year() - 1, 4) : new Quarter(q.year(), q.number() - 1);
        }
        return quarters;
    }

    private void make() {
        Quarter q = quarter.getValue();
        SummaryKind k = kind.getValue();
        String lang = language.getValue();
        Kuzet kuzet = console.kuzet();
        Actor actor = console.actor();
        make.setDisable(true);
        progress.setVisible(true);
        note.set(Note.info("summary.computing"));
        worker.submit(() -> {
            QuarterlySummary summary = kuzet.quarterly().compute(actor, q, k);
            Platform.runLater(() -> note.set(Note.info("summary.rendering")));
            byte[] pdf = kuzet.quarterly().pdf(actor, summary, lang, signer(kuzet, actor));
            int pages;
            try (PdfPages read = PdfPages.of(pdf)) {
                pages = read.count();
            }
            return new Object[] {pdf, pages};
        }, made -> {
            make.setDisable(false);
            progress.setVisible(false);
            note.set(Note.info("summary.done", q.toString(), made[1]));
            byte[] pdf = (byte[]) made[0];
            String name = "summary-" + q + "-" + k.id() + "-" + lang;
            Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            lastOpened = new PreviewDialog(new PreviewModel(bundle.getString("summary.kind." + k.id()) + " · " + q,
                    name + ".pdf", () -> pdf, worker), console.language(), owner);
            lastOpened.show();
        }, e -> {
            make.setDisable(false);
            progress.setVisible(false);
            note.set(Note.error("summary.error", ConsoleModel.reason(e)));
        });
    }

    /** The user's own signature block, else the configured one, else none (signed by hand). */
    private static QuarterlyRenderer.Signer signer(Kuzet kuzet, Actor actor) {
        try {
            Signer s = kuzet.notices().defaultSigner(actor);
            return new QuarterlyRenderer.Signer(s.name(), s.position());
        } catch (IllegalStateException none) {
            return null;
        }
    }
}
