package kz.kuzet.ui.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a notice's PDF as pictures, for the preview. */
public final class NoticePages {

    /** Enough to read a page at screen size. */
    public static final float DPI = 96;
    /** A notice is a few pages; more are not previewed (the PDF can still be saved). */
    public static final int MAX_PAGES = 10;

    private NoticePages() {
    }

    public static List<BufferedImage> render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
            List<BufferedImage> images = new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) {
                images.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return images;
        }
    }
}
