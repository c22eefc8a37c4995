package kz.kuzet.registry.annex;

import java.util.List;
import java.util.Set;

/** A sheet's cells as text, merged cells already filled in; rows numbered as the user sees them (1-based). */
record RawSheet(String name, List<RawRow> rows) {

    record RawRow(int number, List<String> cells, Set<Integer> formulaColumns) {
        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    static String columnLetter(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
