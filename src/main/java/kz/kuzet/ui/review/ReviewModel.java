package kz.kuzet.ui.review;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Opening one package for review: verifying it off the JavaFX thread with its progress, then either the verified
 * content or the refusal.
 */
public final class ReviewModel {

    private final Path file;
    private final PackageSource source;
    private final String language;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ReviewedPackage> opened = new SimpleObjectProperty<>();
    private final ObjectProperty<Refusal> refused = new SimpleObjectProperty<>();

    public ReviewModel(Path file, PackageSource source, String language) {
        this.file = file;
        this.source = source;
        this.language = language;
    }

    /** Starts verifying on a thread of its own; the result arrives on the JavaFX thread. */
    public void start() {
        Thread worker = new Thread(this::verify, "kuzet-verify-package");
        worker.setDaemon(true);
        worker.start();
    }

    private void verify() {
        PackageOpening result;
        try {
            result = source.open(file, p -> Platform.runLater(() -> progress.set(p)));
        } catch (RuntimeException e) {
            result = new PackageOpening.Refused(new Refusal(fileName(), "other",
                    ReviewText.of(language).get("refusal.other.message", oneLine(e))));
        }
        PackageOpening done = result;
        Platform.runLater(() -> {
            progress.set(1);
            if (done instanceof PackageOpening.Opened o) {
                opened.set(o.content());
            } else if (done instanceof PackageOpening.Refused r) {
                refused.set(r.refusal());
            }
        });
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public String language() {
        return language;
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    public Path file() { return file; }
    public DoubleProperty progressProperty() { return progress; }
    public ObjectProperty<ReviewedPackage> openedProperty() { return opened; }
    public ObjectProperty<Refusal> refusedProperty() { return refused; }
}
