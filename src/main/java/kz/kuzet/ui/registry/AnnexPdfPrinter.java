package kz.kuzet.ui.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import kz.kuzet.report.AnnexPrint;
import kz.kuzet.report.AnnexPrintException;
import kz.kuzet.security.Actor;

/**
 * The annex editor's "Print / Save as PDF": makes the PDF on the background executor, writes it next to the target
 * and moves it into place (a failed print leaves no half-written file), and reports back on the FX thread.
 */
final class AnnexPdfPrinter implements AnnexEditorView.Printer {

    private final AnnexPrint annexPrint;
    private final Actor user;
    private final Executor background;
    private final ResourceBundle text;

    AnnexPdfPrinter(AnnexPrint annexPrint, Actor user, Executor background, ResourceBundle text) {
        this.annexPrint = annexPrint;
        this.user = user;
        this.background = background;
        this.text = text;
    }

    @Override
    public void print(String body, String quarter, String language, Path target, Runnable done,
            Consumer<String> failed) {
        background.execute(() -> {
            try {
                byte[] pdf = annexPrint.pdf(user, body, quarter, language);
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".annex", ".pdf");
                try {
                    Files.write(tmp, pdf);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                Platform.runLater(done);
            } catch (AnnexPrintException e) {
                String message = e.message(text);
                Platform.runLater(() -> failed.accept(message));
            } catch (IOException | RuntimeException e) {
                String message = MessageFormat.format(text.getString("print.error.failed"),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                Platform.runLater(() -> failed.accept(message));
            }
        });
    }
}
