package kz.kuzet.ui.preview;

/**
 * Where a document page goes on the printer's paper: at its real size when it fits the printable area, else
 * shrunk to fit with its proportions kept; centred across, from the top. All sizes in points (1/72 inch).
 */
public final class PrintLayout {

    /** The page's place inside the printable area: its printed size and its offset from the area's corner. */
    public record Placement(double scale, double width, double height, double x, double y) {
    }

    /** The finest and coarsest resolution a page image is drawn at for the printer. */
    static final float MIN_DPI = 150;
    static final float MAX_DPI = 300;

    private PrintLayout() {
    }

    public static Placement fit(double pageWidth, double pageHeight, double printableWidth,
            double printableHeight) {
        if (pageWidth <= 0 || pageHeight <= 0 || printableWidth <= 0 || printableHeight <= 0) {
            throw new IllegalArgumentException("Sizes must be positive: page " + pageWidth + "×" + pageHeight
                    + ", printable area " + printableWidth + "×" + printableHeight);
        }
        double scale = Math.min(1.0, Math.min(printableWidth / pageWidth, printableHeight / pageHeight));
        double width = pageWidth * scale;
        double height = pageHeight * scale;
        return new Placement(scale, width, height, (printableWidth - width) / 2, 0);
    }

    /**
     * The resolution to draw the page image at so that it prints sharp on a printer of {@code printerDpi} once
     * scaled by {@code scale}; between 150 and 300 dpi (more only makes the job bigger).
     */
    public static float imageDpi(int printerDpi, double scale) {
        float wanted = (float) (printerDpi <= 0 ? MIN_DPI : printerDpi * scale);
        return Math.max(MIN_DPI, Math.min(MAX_DPI, wanted));
    }
}
