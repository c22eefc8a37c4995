package kz.kuzet.ui.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of one PDF, drawn one at a time when asked (a quarterly summary has hundreds: they are never all in
 * memory). Not for several threads at once; the preview draws on its one worker thread.
 */
public final class PdfPages implements AutoCloseable {

    /** A page's size in points (1/72 inch), as it is shown (rotation applied). */
    public record PageSize(double width, double height) {
        public boolean landscape() {
            return width > height;
        }
    }

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages of(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("The document is not a readable PDF: " + e.getMessage(), e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    public PageSize size(int index) {
        PDPage page = document.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? new PageSize(box.getHeight(), box.getWidth()) : new PageSize(box.getWidth(), box.getHeight());
    }

    /** The page drawn at the given resolution, on white. */
    public BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("Page " + (index + 1) + " cannot be drawn: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // nothing is written; a failed close loses nothing
        }
    }
}
