package kz.kuzet.ui.audit;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditQueries;

/**
 * What the audit screen keeps for one logged-in user: its view-model, built once. {@link #view} builds the screen
 * in a language over it, so a language switch rebuilds the screen and keeps the filters as typed and the entries.
 */
public final class AuditScreens {

    private final AuditViewModel viewModel;

    public AuditScreens(AuditQueries queries, Actor user, String language, Executor background) {
        this.viewModel = new AuditViewModel(queries, user, background, bundle(language));
    }

    /** The audit screen in {@code language} ("kk", "ru", "en"); the first one loads the entries. */
    public Parent view(String language) {
        ResourceBundle text = bundle(language);
        viewModel.setBundle(text);
        if (!viewModel.loadedOnce()) {
            return AuditView.load(viewModel, text);
        }
        return AuditView.build(viewModel, text);
    }

    AuditViewModel viewModel() {
        return viewModel;
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("kz.kuzet.i18n.security", Locale.forLanguageTag(language));
    }
}
