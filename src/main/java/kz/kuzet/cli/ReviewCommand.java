package kz.kuzet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.kuzet.ui.review.PackageOpening;
import kz.kuzet.ui.review.PackageReaderSource;
import kz.kuzet.ui.review.PackageSource;
import kz.kuzet.ui.review.Refusal;
import kz.kuzet.ui.review.ReviewLauncher;
import kz.kuzet.ui.review.ReviewText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kuzet review FILE.kzp}: verifies a package and shows it read-only in the console, with no database and no
 * log-in. A refused package shows its reason in a dialog and here, as one line, with exit code 1.
 */
@Command(name = "review", description = "Open a signed package (.kzp) read-only and offline in the console: "
        + "no database, no log-in. The package is verified first; a refused one exits 1 with the reason.")
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;

    @Parameters(paramLabel = "FILE.kzp", description = "The package to review.")
    Path file;

    @Override
    public Integer call() {
        String language = root.language();
        PackageSource source = PackageReaderSource.trustedHere(root.env, language);
        Refusal refusal;
        if (ReviewLauncher.hasDisplay(root.env)) {
            refusal = ReviewLauncher.launch(file, language, source);
        } else {
            PackageOpening opening = source.open(file, p -> { });
            if (opening instanceof PackageOpening.Refused r) {
                refusal = r.refusal();
            } else {
                throw new CommandFailure("The package " + file + " is valid, but there is no display to show it "
                        + "on. Set DISPLAY, or use 'kuzet verify " + file + "'.");
            }
        }
        if (refusal != null) {
            throw new CommandFailure(ReviewText.of(language).oneLine(refusal));
        }
        return 0;
    }
}
