package kz.kuzet.ui.review;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application of {@code kuzet review}: one review window, no database, no log-in. */
public final class ReviewApp extends Application {

    @Override
    public void start(Stage stage) {
        ReviewLauncher.Options given = ReviewLauncher.options();
        ReviewModel model = new ReviewModel(given.file(), given.source(), given.language());
        new ReviewWindow(stage, model, new PackageFileChooser(ReviewText.of(given.language())), refusal -> {
            ReviewLauncher.refused(refusal);
            Platform.exit();
        }).show();
    }
}
