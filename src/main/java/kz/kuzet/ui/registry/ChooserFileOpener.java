package kz.kuzet.ui.registry;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The console's file chooser for annex files: XLSX and CSV. */
final class ChooserFileOpener implements FileOpener {

    private final ResourceBundle text;

    ChooserFileOpener(ResourceBundle text) {
        this.text = text;
    }

    @Override
    public Optional<Path> open(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("annex.import"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.getString("annex.files"), "*.xlsx", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> save(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("annex.export"));
        chooser.setInitialFileName(suggestedName);
        boolean pdf = suggestedName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        chooser.getExtensionFilters().add(pdf ? new FileChooser.ExtensionFilter("PDF", "*.pdf")
                : new FileChooser.ExtensionFilter("XLSX", "*.xlsx"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
