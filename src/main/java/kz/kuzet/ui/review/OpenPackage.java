package kz.kuzet.ui.review;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.kuzet.ui.registry.FileOpener;

/** File → Open package… in the running console: the package opens read-only in a window of its own. */
public final class OpenPackage {

    private final Window owner;
    private final Supplier<String> language;
    private final Map<String, String> env;

    public OpenPackage(Window owner, Supplier<String> language, Map<String, String> env) {
        this.owner = owner;
        this.language = language;
        this.env = env;
    }

    /** Asks for a package and opens it. */
    public void choose() {
        ReviewText text = ReviewText.of(language.get());
        new PackageFileChooser(text).open(owner).ifPresent(this::open);
    }

    /** Opens this package in a new review window. */
    public ReviewWindow open(Path file) {
        String lang = language.get();
        FileOpener files = new PackageFileChooser(ReviewText.of(lang));
        ReviewWindow window = new ReviewWindow(new Stage(), new ReviewModel(file, PackageReaderSource.trustedHere(env, lang), lang),
                files, refusal -> { });
        window.show();
        return window;
    }

    /** The console's File menu, with Open package… on Ctrl+O (Cmd+O on a Mac). */
    public static MenuBar menuBar(String language, Runnable openPackage) {
        ReviewText text = ReviewText.of(language);
        MenuItem open = new MenuItem(text.get("menu.open.package"));
        open.setId("openPackageItem");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> openPackage.run());
        Menu file = new Menu(text.get("menu.file"), null, open);
        file.setId("fileMenu");
        MenuBar bar = new MenuBar(file);
        bar.getStyleClass().add("title-menu");
        return bar;
    }
}
