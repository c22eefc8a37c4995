package kz.kuzet.registry.annex;

/** What is wrong with one cell or row of an imported annex: {@code column} is the spreadsheet's letter, or null. */
public record AnnexError(int row, String column, String reason) {

    /** Like "G14", or "row 14" when the error is about the whole row. */
    public String cell() {
        return column == null ? "row " + row : column + row;
    }
}
