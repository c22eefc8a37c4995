package kz.kuzet.ui.preview;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a document's pages through the system print dialog (JavaFX {@link PrinterJob}), each page drawn as an
 * image for the chosen printer and placed by {@link PrintLayout}. The dialog is on the JavaFX thread; the pages
 * are drawn and sent on the caller's worker thread.
 */
public class PagePrinter {

    /** A job the person confirmed in the print dialog. */
    public interface Job {
        /** Draws and sends every page; throws with the reason when the printer refuses. */
        void print(PdfPages pages);
    }

    /**
     * Shows the system print dialog (JavaFX thread). Returns null when the person cancels.
     *
     * @throws IllegalStateException when no printer is installed
     */
    public Job ask(Window owner) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            throw new IllegalStateException("no printer");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new IllegalStateException("no printer");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return null;
        }
        return pages -> send(job, pages);
    }

    private static void send(PrinterJob job, PdfPages pages) {
        Printer printer = job.getPrinter();
        int printerDpi = job.getJobSettings().getPrintResolution().getFeedResolution();
        for (int i = 0; i < pages.count(); i++) {
            PdfPages.PageSize size = pages.size(i);
            PageLayout chosen = job.getJobSettings().getPageLayout();
            PageLayout layout = printer.createPageLayout(chosen.getPaper(),
                    size.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                    chosen.getLeftMargin(), chosen.getRightMargin(), chosen.getTopMargin(), chosen.getBottomMargin());
            PrintLayout.Placement at = PrintLayout.fit(size.width(), size.height(), layout.getPrintableWidth(),
                    layout.getPrintableHeight());
            ImageView page = new ImageView(FxImages.of(pages.render(i, PrintLayout.imageDpi(printerDpi, at.scale()))));
            page.setSmooth(true);
            page.setFitWidth(at.width());
            page.setFitHeight(at.height());
            page.setTranslateX(at.x());
            page.setTranslateY(at.y());
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                throw new IllegalStateException("the printer refused page " + (i + 1) + " (" + job.getJobStatus()
                        + ")");
            }
        }
        if (!job.endJob()) {
            throw new IllegalStateException("the printer did not finish the job (" + job.getJobStatus() + ")");
        }
    }
}
