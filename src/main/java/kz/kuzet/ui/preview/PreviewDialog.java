package kz.kuzet.ui.preview;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.ui.console.Views;

/**
 * The document preview window: the pages as images, page by page (PgUp/PgDn, Home/End), zoom (Ctrl +/−/0), print
 * through the system dialog (Ctrl+P), save as PDF (Ctrl+S), close (Esc).
 */
public final class PreviewDialog {

    /** Asks where to save; null when the person cancels. Tests answer without a file chooser. */
    public interface SaveChooser {
        Path choose(Window owner, String suggestedName, ResourceBundle bundle);
    }

    public static final SaveChooser FILE_CHOOSER = (owner, name, bundle) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("preview.save.title"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("preview.save.pdf"),
                "*.pdf"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? path
                : path.resolveSibling(path.getFileName() + ".pdf");
    };

    private static SaveChooser saveChooser = FILE_CHOOSER;
    private static PagePrinter printer = new PagePrinter();

    private final PreviewModel model;
    private final ResourceBundle bundle;
    private final Stage stage = new Stage();
    private final ImageView pageView = new ImageView();

    public PreviewDialog(PreviewModel model, String language, Window owner) {
        this.model = model;
        this.bundle = PreviewText.bundle(language);
        stage.initOwner(owner);
        stage.setTitle(MessageFormat.format(bundle.getString("preview.title"), model.title()));
        BorderPane root = new BorderPane();
        root.setId("previewRoot");
        root.setTop(toolbar());
        root.setCenter(pages());
        root.setBottom(statusLine());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(960, screen.getWidth() - 40), Math.min(1000, screen.getHeight() - 60));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
    }

    /** Opens the window and starts making the document. */
    public void show() {
        stage.show();
        model.setOutputScale(stage.getOutputScaleX());
        model.load();
    }

    public Stage stage() {
        return stage;
    }

    public PreviewModel model() {
        return model;
    }

    /** Replaces how the save target is chosen (tests). */
    public static void useSaveChooser(SaveChooser chooser) {
        saveChooser = chooser == null ? FILE_CHOOSER : chooser;
    }

    /** Replaces the printer (tests). */
    public static void usePrinter(PagePrinter replacement) {
        printer = replacement == null ? new PagePrinter() : replacement;
    }

    private ToolBar toolbar() {
        Button previous = button("previewPrevious", "◀", "preview.previous", model::previous);
        Button next = button("previewNext", "▶", "preview.next", model::next);
        Label pageLabel = new Label();
        pageLabel.setId("previewPageLabel");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.pageCountProperty().get() == 0 ? ""
                : MessageFormat.format(bundle.getString("preview.page"), model.pageProperty().get() + 1,
                        model.pageCountProperty().get()), model.pageProperty(), model.pageCountProperty()));
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        Button zoomOut = button("previewZoomOut", "−", "preview.zoomOut", model::zoomOut);
        Button zoomIn = button("previewZoomIn", "+", "preview.zoomIn", model::zoomIn);
        Label zoomLabel = new Label();
        zoomLabel.setId("previewZoomLabel");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.zoomProperty().get() * 100) + " %", model.zoomProperty()));
        Button print = button("previewPrint", bundle.getString("preview.print"), "preview.print.tip", this::print);
        Button save = button("previewSave", bundle.getString("preview.save"), "preview.save.tip", this::save);
        print.disableProperty().bind(model.pageCountProperty().isEqualTo(0));
        save.disableProperty().bind(model.pageCountProperty().isEqualTo(0));
        Region spring = new Region();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("previewProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Button close = button("previewClose", bundle.getString("preview.close"), "preview.close.tip", stage::close);
        return new ToolBar(previous, pageLabel, next, new Separator(), zoomOut, zoomLabel, zoomIn, new Separator(),
                print, save, spring, progress, close);
    }

    private StackPane pages() {
        pageView.setId("previewImage");
        pageView.setPreserveRatio(true);
        pageView.setSmooth(true);
        pageView.imageProperty().bind(model.imageProperty());
        model.imageProperty().addListener((o, was, is) -> {
            if (is != null) {
                pageView.setFitWidth(is.getWidth() / model.outputScale());
            }
        });
        StackPane paper = new StackPane(new Group(pageView));
        paper.setPadding(new Insets(16));
        paper.getStyleClass().add("preview-desk");
        paper.setStyle("-fx-background-color: #5f6670;");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("previewScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        model.pageProperty().addListener((o, was, is) -> scroll.setVvalue(0));
        return new StackPane(scroll);
    }

    private Label statusLine() {
        Label status = new Label();
        status.setId("previewStatus");
        status.setWrapText(true);
        status.setPadding(new Insets(4, 10, 6, 10));
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMaxWidth(Double.MAX_VALUE);
        Views.bindNote(status, model.noteProperty(), bundle);
        return status;
    }

    private Button button(String id, String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(bundle.getString(tipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void key(KeyEvent e) {
        boolean ctrl = e.isShortcutDown();
        KeyCode code = e.getCode();
        Runnable action = switch (code) {
            case PAGE_DOWN -> model::next;
            case PAGE_UP -> model::previous;
            case HOME -> ctrl || !e.isShiftDown() ? model::first : null;
            case END -> model::last;
            case ADD, PLUS, EQUALS -> ctrl || code != KeyCode.EQUALS ? model::zoomIn : null;
            case SUBTRACT, MINUS -> model::zoomOut;
            case DIGIT0, NUMPAD0 -> ctrl ? () -> model.setZoom(1.0) : null;
            case P -> ctrl ? this::print : null;
            case S -> ctrl ? this::save : null;
            case ESCAPE -> stage::close;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private void print() {
        if (model.pages() == null) {
            return;
        }
        try {
            model.print(printer.ask(stage));
        } catch (IllegalStateException noPrinter) {
            model.fail("preview.error.noPrinter");
        }
    }

    private void save() {
        if (model.pdf() == null) {
            return;
        }
        Path target = saveChooser.choose(stage, model.fileName(), bundle);
        if (target != null) {
            model.save(target);
        }
    }
}
