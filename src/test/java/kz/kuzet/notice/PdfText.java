package kz.kuzet.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back: its text (whitespace folded to single spaces), page count and fonts. */
public record PdfText(String text, int pages, List<String> fonts, boolean allFontsEmbedded) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    boolean isEmbedded = font instanceof PDType0Font t0
                            ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    embedded &= isEmbedded;
                }
            }
            return new PdfText(text, doc.getNumberOfPages(), fonts, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the document under target/ so a person can look at it (pdftoppm) after the run. */
    public static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
