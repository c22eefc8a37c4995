package kz.kuzet.ui.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.kuzet.ui.console.Views;
import kz.kuzet.ui.record.RecordSide;
import kz.kuzet.ui.registry.FileOpener;

/**
 * Beside a reviewed record: the notices it carries (list, page preview, Save PDF…) and its audit entries. Nothing
 * here changes anything; the only thing that leaves it is a copy of a notice's PDF.
 */
final class PackageSideView implements RecordSide {

    private final ReviewedPackage content;
    private final ReviewText text;
    private final java.util.ResourceBundle messages;
    private final FileOpener files;
    private final TabPane tabs = new TabPane();
    private final ListView<ReviewedPackage.NoticeDocument> noticeList = new ListView<>();
    private final VBox pages = new VBox(8);
    private final Label noticeNote = new Label();
    private final Button saveButton = new Button();

    PackageSideView(ReviewedPackage content, ReviewText text, java.util.ResourceBundle messages, FileOpener files) {
        this.content = content;
        this.text = text;
        this.messages = messages;
        this.files = files;
        tabs.setId("packageTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(noticesTab(), annexTab(), auditTab());
    }

    @Override
    public Node toolbar() {
        return null;
    }

    @Override
    public Node panel() {
        return tabs;
    }

    private Tab noticesTab() {
        noticeList.setId("noticeList");
        noticeList.setPrefHeight(90);
        noticeList.setPlaceholder(new Label(text.get("review.notices.none")));
        noticeList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewedPackage.NoticeDocument item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : title(item));
            }
        });
        noticeList.getItems().setAll(content.notices());
        noticeList.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> preview(is));
        saveButton.setId("saveNoticeButton");
        saveButton.setText(text.get("review.notice.save"));
        saveButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ReviewedPackage.NoticeDocument n = noticeList.getSelectionModel().getSelectedItem();
            return n == null || n.pdf() == null;
        }, noticeList.getSelectionModel().selectedItemProperty()));
        saveButton.setOnAction(e -> save(noticeList.getSelectionModel().getSelectedItem()));
        noticeNote.setId("noticeNote");
        noticeNote.setWrapText(true);
        noticeNote.getStyleClass().add("muted");
        pages.setId("noticePages");
        pages.setPadding(new Insets(6));
        pages.getStyleClass().add("notice-pages");
        ScrollPane scroller = new ScrollPane(pages);
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        saveButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, saveButton, noticeNote);
        VBox box = new VBox(6, noticeList, row, scroller);
        box.setPadding(new Insets(6));
        if (!content.notices().isEmpty()) {
            noticeList.getSelectionModel().select(0);
        }
        return new Tab(text.get("review.tab.notices") + " (" + content.notices().size() + ")", box);
    }

    private String title(ReviewedPackage.NoticeDocument n) {
        String kindKey = "noticekind." + (n.kind() == null ? "" : n.kind().toLowerCase(java.util.Locale.ROOT));
        String kind = messages.containsKey(kindKey) ? messages.getString(kindKey) : n.kind();
        return (n.registrationNumber() == null ? text.get("review.notice.unregistered") : n.registrationNumber())
                + " · " + kind + "\n" + (n.recipient() == null ? "" : n.recipient())
                + (n.sentAt() == null ? " · " + text.get("review.notice.unsent")
                        : " · " + text.get("review.notice.sent", Views.time(n.sentAt())));
    }

    private void preview(ReviewedPackage.NoticeDocument notice) {
        pages.getChildren().clear();
        noticeNote.setText("");
        if (notice == null) {
            return;
        }
        if (notice.pdf() == null) {
            noticeNote.setText(text.get("review.notice.nopdf"));
            return;
        }
        Thread renderer = new Thread(() -> {
            try {
                List<BufferedImage> images = NoticePages.render(notice.pdf());
                Platform.runLater(() -> {
                    if (noticeList.getSelectionModel().getSelectedItem() == notice) {
                        images.forEach(i -> pages.getChildren().add(page(i)));
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> noticeNote.setText(text.get("review.notice.preview.failed",
                        e.getMessage())));
            }
        }, "kuzet-notice-preview");
        renderer.setDaemon(true);
        renderer.start();
    }

    private ImageView page(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        ImageView view = new ImageView(fx);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(pages.widthProperty().subtract(14));
        view.getStyleClass().add("notice-page");
        return view;
    }

    private void save(ReviewedPackage.NoticeDocument notice) {
        if (notice == null) {
            return;
        }
        files.save(tabs.getScene().getWindow(), notice.fileName()).ifPresent(path -> {
            try {
                Files.write(path, notice.pdf());
                noticeNote.setText(text.get("review.notice.saved", path));
            } catch (IOException e) {
                noticeNote.setText(text.get("review.notice.save.failed", e.getMessage()));
            }
        });
    }

    private Tab auditTab() {
        TableView<ReviewedPackage.AuditLine> table = new TableView<>();
        table.setId("auditTable");
        table.setPlaceholder(new Label(text.get("review.audit.none")));
        table.getColumns().add(column(text.get("review.audit.at"), a -> Views.time(a.at()), 140));
        table.getColumns().add(column(text.get("review.audit.actor"), ReviewedPackage.AuditLine::actor, 90));
        table.getColumns().add(column(text.get("review.audit.action"), ReviewedPackage.AuditLine::action, 120));
        table.getColumns().add(column(text.get("review.audit.subject"), ReviewedPackage.AuditLine::subject, 110));
        table.getColumns().add(column(text.get("review.audit.detail"), ReviewedPackage.AuditLine::detail, 260));
        table.getItems().setAll(content.audit());
        return new Tab(text.get("review.tab.audit") + " (" + content.audit().size() + ")", table);
    }

    private Tab annexTab() {
        TableView<ReviewedPackage.AnnexLine> table = new TableView<>();
        table.setId("annexTable");
        table.setPlaceholder(new Label(text.get("review.annex.none")));
        table.getColumns().add(column(text.get("review.annex.quarter"), ReviewedPackage.AnnexLine::quarter, 70));
        table.getColumns().add(column(text.get("review.annex.row"), a -> String.valueOf(a.rowNo()), 40));
        table.getColumns().add(column(messages.getString("col.object"), ReviewedPackage.AnnexLine::hostName, 100));
        table.getColumns().add(column(messages.getString("col.ip"), ReviewedPackage.AnnexLine::ipAddress, 90));
        table.getColumns().add(column(messages.getString("col.department"), ReviewedPackage.AnnexLine::department,
                110));
        table.getColumns().add(column(messages.getString("col.location"), ReviewedPackage.AnnexLine::location, 90));
        table.getColumns().add(column(messages.getString("col.person"),
                ReviewedPackage.AnnexLine::responsiblePerson, 130));
        table.getColumns().add(column(messages.getString("col.os"), ReviewedPackage.AnnexLine::operatingSystem,
                100));
        table.getItems().setAll(content.annex());
        return new Tab(text.get("review.tab.annex") + " (" + content.annex().size() + ")", table);
    }

    private <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
            double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
