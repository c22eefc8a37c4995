package kz.kuzet.ui.review;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.kuzet.ui.registry.FileOpener;

/** The file chooser of the review: packages to open, notices' PDFs to save. */
public final class PackageFileChooser implements FileOpener {

    private final ReviewText text;

    public PackageFileChooser(ReviewText text) {
        this.text = text;
    }

    @Override
    public Optional<Path> open(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("review.open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(text.get("review.files"), "*.kzp"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> save(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("review.notice.save"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("review.notice.files"), "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
