package kz.kuzet.ui.record;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Views;
import kz.kuzet.ui.preview.PreviewDialog;
import kz.kuzet.ui.preview.PreviewModel;
import kz.kuzet.ui.preview.PreviewText;

/**
 * The notice documents of the record view: the language the notice is made in (the recipient's stored one by
 * default), a preview of the draft before it is made, and the notices already made, each opened as registered.
 */
final class NoticeDocumentsPane {

    private final RecordModel model;
    private final ResourceBundle consoleBundle;
    private final ResourceBundle bundle;
    private final ObservableList<NoticeService.Made> made = FXCollections.observableArrayList();
    private final VBox root;
    private final ListView<NoticeService.Made> list = new ListView<>(made);
    private PreviewDialog lastOpened;

    NoticeDocumentsPane(RecordModel model, ResourceBundle consoleBundle) {
        this.model = model;
        this.consoleBundle = consoleBundle;
        this.bundle = PreviewText.bundle(model.console().language());
        ComboBox<NoticeLanguage> language = new ComboBox<>(FXCollections.observableArrayList(NoticeLanguage.values()));
        language.setId("noticeLanguageBox");
        language.setConverter(Views.converter(l -> bundle.getString("notice.docs.language." + l.code())));
        language.valueProperty().bindBidirectional(model.noticeLanguage);
        Button preview = new Button(bundle.getString("notice.docs.preview"));
        preview.setId("previewNoticeButton");
        preview.setOnAction(e -> previewDraft());
        Label languageLabel = new Label(bundle.getString("notice.docs.language"));
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        language.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(language, Priority.ALWAYS);
        language.setTooltip(new Tooltip(bundle.getString("notice.docs.language.hint")));
        HBox row = new HBox(8, languageLabel, language, preview);
        row.setAlignment(Pos.CENTER_LEFT);
        list.setId("noticesList");
        list.setPrefHeight(112);
        list.setPlaceholder(new Label(bundle.getString("notice.docs.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NoticeService.Made n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : describe(n));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        Button open = new Button(bundle.getString("notice.docs.open"));
        open.setId("openNoticeButton");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Label madeLabel = new Label(bundle.getString("notice.docs.made"));
        madeLabel.getStyleClass().add("muted");
        madeLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(madeLabel, Priority.ALWAYS);
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox madeRow = new HBox(8, madeLabel, open);
        madeRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, row, madeRow, list);
        model.noticeKind.addListener((o, was, is) -> choosePreferredLanguage());
        model.detailProperty().addListener((o, was, is) -> {
            if (was == null) {
                choosePreferredLanguage();
            }
            refresh();
        });
        if (model.detailProperty().get() != null) {
            choosePreferredLanguage();
            refresh();
        }
    }

    VBox root() {
        return root;
    }

    /** The preview window opened last (tests). */
    PreviewDialog lastOpened() {
        return lastOpened;
    }

    private String describe(NoticeService.Made n) {
        String state = n.sentAt() == null ? bundle.getString("notice.docs.notSent")
                : MessageFormat.format(bundle.getString("notice.docs.sent"), Views.time(n.sentAt()),
                        Views.enumText(consoleBundle, "channel.", n.channel()));
        return n.registrationNumber() + " · " + Views.enumText(consoleBundle, "noticekind.", n.kind()) + " · "
                + n.language() + "\n    " + state;
    }

    /** The recipient's stored language for the chosen kind; without one, Russian in a Russian console, else Kazakh. */
    private void choosePreferredLanguage() {
        NoticeKind kind = model.noticeKind.get();
        if (kind == null) {
            return;
        }
        ConsoleModel console = model.console();
        NoticeLanguage fallback = "ru".equals(console.language()) ? NoticeLanguage.RU : NoticeLanguage.KK;
        console.submit(() -> console.kuzet().notices().preferredLanguage(console.actor(), model.recordId(), kind,
                fallback), model.noticeLanguage::set, e -> model.noticeLanguage.set(fallback));
    }

    private void refresh() {
        ConsoleModel console = model.console();
        console.submit(() -> console.kuzet().notices().forRecord(console.actor(), model.recordId()),
                made::setAll, e -> { });
    }

    private void previewDraft() {
        ConsoleModel console = model.console();
        NoticeKind kind = model.noticeKind.get();
        NoticeLanguage language = model.noticeLanguage.get();
        if (kind == null || language == null) {
            return;
        }
        String kindText = Views.enumText(consoleBundle, "noticekind.", kind);
        long recordId = model.recordId();
        open(new PreviewModel(MessageFormat.format(bundle.getString("notice.docs.draft"), kindText),
                "draft-" + recordId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + language.code()
                        + ".pdf",
                () -> console.kuzet().notices().draftPdf(console.actor(), recordId, kind, language, null), null));
    }

    private void openSelected() {
        NoticeService.Made n = list.getSelectionModel().getSelectedItem();
        if (n == null) {
            return;
        }
        ConsoleModel console = model.console();
        open(new PreviewModel(n.registrationNumber(), "notice-" + n.registrationNumber().replace('/', '-') + ".pdf",
                () -> console.kuzet().notices().document(console.actor(), n.noticeId()), null));
    }

    private void open(PreviewModel preview) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        lastOpened = new PreviewDialog(preview, model.console().language(), owner);
        lastOpened.show();
    }
}
