package kz.kuzet.ui.review;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.kuzet.ui.Messages;
import kz.kuzet.ui.console.Views;
import kz.kuzet.ui.record.RecordView;
import kz.kuzet.ui.registry.FileOpener;

/**
 * A window reviewing one package offline: shows the verification's progress, then the record view (read-only,
 * plainly marked) or, when the package is refused, a dialog with the reason and what to do.
 */
public final class ReviewWindow {

    public static final double WIDTH = 1400;
    public static final double HEIGHT = 860;

    private final Stage stage;
    private final ReviewModel model;
    private final ReviewText text;
    private final ResourceBundle messages;
    private final FileOpener files;
    private final Consumer<Refusal> onRefused;
    private RecordView recordView;

    public ReviewWindow(Stage stage, ReviewModel model, FileOpener files, Consumer<Refusal> onRefused) {
        this.stage = stage;
        this.model = model;
        this.text = ReviewText.of(model.language());
        this.messages = Messages.bundle(model.language());
        this.files = files;
        this.onRefused = onRefused;
    }

    /** Shows the window and starts verifying the package. */
    public void show() {
        stage.setTitle(text.get("review.title", model.fileName()));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(verifying(), Math.min(WIDTH, screen.getWidth()),
                Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(ReviewWindow.class.getResource("/fxml/kuzet.css").toExternalForm());
        scene.getStylesheets().add(ReviewWindow.class.getResource("/fxml/review.css").toExternalForm());
        stage.setScene(scene);
        model.openedProperty().addListener((o, was, is) -> {
            if (is != null) {
                scene.setRoot(opened(is));
            }
        });
        model.refusedProperty().addListener((o, was, is) -> {
            if (is != null) {
                refuse(is);
            }
        });
        stage.show();
        model.start();
    }

    private Parent verifying() {
        Label what = new Label(text.get("review.verifying", model.fileName()));
        what.getStyleClass().add("section-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("verifyProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.progressProperty().get() < 0
                ? ProgressBar.INDETERMINATE_PROGRESS : model.progressProperty().get(), model.progressProperty()));
        Label how = new Label(text.get("review.verifying.how"));
        how.getStyleClass().add("muted");
        VBox box = new VBox(14, what, bar, how);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Parent opened(ReviewedPackage content) {
        Label banner = new Label(text.get("review.banner", content.signer(), Views.time(content.signedAt())));
        banner.setId("readOnlyBanner");
        banner.getStyleClass().add("readonly-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        Label about = new Label(text.get("review.banner.detail", content.fileName(), content.entries(),
                content.signerFingerprint(), Views.time(content.clocksAt())));
        about.setId("packageAbout");
        about.getStyleClass().add("readonly-detail");
        about.setMaxWidth(Double.MAX_VALUE);
        about.setWrapText(true);
        recordView = new RecordView(new PackageRecordPage(content), new PackageSideView(content, text, messages, files),
                messages, null);
        BorderPane root = new BorderPane(recordView.root());
        root.setTop(new VBox(banner, about));
        root.getStyleClass().add("review-window");
        return root;
    }

    private void refuse(Refusal refusal) {
        stage.getScene().setRoot(refusedPane(refusal));
        Alert alert = new Alert(Alert.AlertType.ERROR, "", new javafx.scene.control.ButtonType(
                text.get("review.refused.close"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(stage);
        alert.setTitle(text.get("review.refused.title"));
        alert.setHeaderText(text.get("review.refused.header", refusal.fileName(), text.headline(refusal)));
        alert.setContentText(refusal.message());
        alert.getDialogPane().setId("refusalDialog");
        alert.getDialogPane().setMinWidth(560);
        alert.setOnHidden(e -> {
            stage.close();
            onRefused.accept(refusal);
        });
        alert.show();
    }

    private Parent refusedPane(Refusal refusal) {
        Label headline = new Label(text.get("review.refused.header", refusal.fileName(), text.headline(refusal)));
        headline.getStyleClass().add("section-title");
        Label message = new Label(refusal.message());
        message.setWrapText(true);
        message.setMaxWidth(620);
        VBox box = new VBox(14, headline, message);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new javafx.geometry.Insets(60, 20, 20, 20));
        return box;
    }

    public Stage stage() { return stage; }
    public RecordView recordView() { return recordView; }
}
