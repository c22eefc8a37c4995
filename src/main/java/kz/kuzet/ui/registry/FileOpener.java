package kz.kuzet.ui.registry;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file; the console uses a file chooser, tests give a file directly. */
public interface FileOpener {
    /** A file to read, or empty if the user cancelled. */
    Optional<Path> open(Window owner);

    /** Where to save a file named like {@code suggestedName}, or empty if the user cancelled. */
    Optional<Path> save(Window owner, String suggestedName);
}
