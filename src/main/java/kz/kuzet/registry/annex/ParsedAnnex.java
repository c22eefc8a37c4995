package kz.kuzet.registry.annex;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An annex read from a file or the editor: its object rows, what is wrong with them, and the spreadsheet column
 * letter of each field (for showing errors by cell).
 */
public record ParsedAnnex(String sheetName, List<AnnexLine> lines, List<AnnexError> errors,
        Map<AnnexField, String> columns) {

    /** Column letters of the official form: A = No., B = state body, … H = operating system. */
    public static Map<AnnexField, String> formColumns() {
        Map<AnnexField, String> m = new EnumMap<>(AnnexField.class);
        for (AnnexField f : AnnexField.values()) {
            m.put(f, RawSheet.columnLetter(f.formColumn() - 1));
        }
        return m;
    }
}
