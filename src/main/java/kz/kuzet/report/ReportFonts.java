package kz.kuzet.report;

import java.awt.Font;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * The one font every document is set in, checked before any document is made: it must come from a font
 * extension, be embedded in PDFs, and draw every Kazakh and Russian letter. Anything less fails loudly, because
 * a silently substituted font prints empty boxes on an official letter.
 */
public final class ReportFonts {

    public static final String FAMILY = "DejaVu Sans";

    /** Every letter of the Kazakh and Russian alphabets, lower and upper case. */
    public static final String KAZAKH_AND_RUSSIAN_LETTERS =
            "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
            + "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";

    private ReportFonts() {
    }

    /** Throws {@link MissingFontException} unless the family is present, embedded and complete. */
    public static void verify(JasperReportsContext context) {
        FontFamily family = context.getExtensions(FontFamily.class).stream()
                .filter(f -> FAMILY.equals(f.getName())).findFirst().orElse(null);
        if (family == null) {
            throw new MissingFontException("The document font '" + FAMILY + "' is not installed: the "
                    + "jasperreports-fonts library is missing from the class path. Reinstall Kuzet.");
        }
        if (!Boolean.TRUE.equals(family.isPdfEmbedded())) {
            throw new MissingFontException("The document font '" + FAMILY + "' is not set to be embedded in PDFs; "
                    + "recipients without it would see other letters. Check the font extension's pdfEmbedded.");
        }
        for (FontFace face : new FontFace[] {family.getNormalFace(), family.getBoldFace()}) {
            Font font = face == null ? null : face.getFont();
            if (font == null) {
                throw new MissingFontException("The document font '" + FAMILY + "' lacks its normal or bold face.");
            }
            int missing = font.canDisplayUpTo(KAZAKH_AND_RUSSIAN_LETTERS);
            if (missing >= 0) {
                throw new MissingFontException("The document font '" + font.getFontName() + "' cannot draw the letter '"
                        + KAZAKH_AND_RUSSIAN_LETTERS.charAt(missing) + "'. Use a font with every Kazakh letter.");
            }
        }
    }
}
