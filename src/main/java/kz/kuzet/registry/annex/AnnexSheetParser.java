package kz.kuzet.registry.annex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kuzet.registry.Contour;

/**
 * Finds the annex's header in a sheet (Kazakh or Russian, over one or two rows, merged cells), skips the row of
 * column numbers under it, and reads the object rows under the section rows ("Ішкі контурдың жергілікті желісі" /
 * "ЛВС внешнего контура"), or with a section column in flat files.
 */
final class AnnexSheetParser {

    private static final Set<AnnexField> REQUIRED_COLUMNS = Set.of(AnnexField.DEPARTMENT, AnnexField.LOCATION,
            AnnexField.PERSON, AnnexField.HOST, AnnexField.IP, AnnexField.OS);
    private static final int HEADER_SEARCH_ROWS = 50;

    private AnnexSheetParser() {
    }

    /** Whether the sheet has something that looks like the annex's header. */
    static boolean hasHeader(RawSheet sheet) {
        return findHeader(sheet).isPresent();
    }

    static ParsedAnnex parse(RawSheet sheet) {
        Header header = findHeader(sheet).orElseThrow(() -> AnnexFileException.of("noHeader", sheet.name()));
        Set<AnnexField> missing = new LinkedHashSet<>(REQUIRED_COLUMNS);
        missing.removeAll(header.fields.keySet());
        if (!missing.isEmpty()) {
            throw AnnexFileException.of("missingColumns", sheet.name(), header.firstRow, AnnexFileException.FIELDS
                    + String.join(",", missing.stream().map(AnnexField::id).toList()));
        }
        Map<AnnexField, String> letters = new EnumMap<>(AnnexField.class);
        header.fields.forEach((f, c) -> letters.put(f, RawSheet.columnLetter(c)));

        List<AnnexLine> lines = new ArrayList<>();
        List<AnnexError> errors = new ArrayList<>();
        Contour section = null;
        Integer unknownSectionRow = null;
        List<RawSheet.RawRow> rows = sheet.rows();
        for (int i = header.lastIndex + 1; i < rows.size(); i++) {
            RawSheet.RawRow row = rows.get(i);
            if (row.isBlank() || isNumbering(row) || onlyNumber(row, header)) {
                continue;
            }
            Optional<String> sectionText = sectionText(row, header);
            if (sectionText.isPresent()) {
                Optional<Contour> contour = AnnexHeaders.contour(sectionText.get());
                if (contour.isPresent()) {
                    section = contour.get();
                    unknownSectionRow = null;
                } else {
                    section = null;
                    unknownSectionRow = row.number();
                    errors.add(AnnexError.of(row.number(), RawSheet.columnLetter(firstFilled(row)),
                            "section.unknown", sectionText.get()));
                }
                continue;
            }
            Contour contour = section;
            if (header.sectionColumn >= 0) {
                String text = row.cell(header.sectionColumn).trim();
                Optional<Contour> c = AnnexHeaders.contour(text);
                contour = c.orElse(null);
                if (c.isEmpty()) {
                    errors.add(text.isEmpty()
                            ? AnnexError.of(row.number(), RawSheet.columnLetter(header.sectionColumn), "contour.missing")
                            : AnnexError.of(row.number(), RawSheet.columnLetter(header.sectionColumn), "contour.unknown",
                                    text));
                }
            } else if (contour == null) {
                errors.add(unknownSectionRow != null
                        ? AnnexError.of(row.number(), null, "contour.underUnknown", unknownSectionRow)
                        : AnnexError.of(row.number(), null, "contour.aboveSections"));
            }
            for (int column : row.formulaColumns()) {
                errors.add(AnnexError.of(row.number(), RawSheet.columnLetter(column), "formula"));
            }
            lines.add(new AnnexLine(row.number(), contour, value(row, header, AnnexField.BODY_NAME),
                    value(row, header, AnnexField.DEPARTMENT), value(row, header, AnnexField.LOCATION),
                    value(row, header, AnnexField.PERSON), value(row, header, AnnexField.HOST),
                    value(row, header, AnnexField.IP), value(row, header, AnnexField.OS)));
        }
        return new ParsedAnnex(sheet.name(), lines, errors, letters);
    }

    private static String value(RawSheet.RawRow row, Header header, AnnexField field) {
        Integer column = header.fields.get(field);
        if (column == null || row.formulaColumns().contains(column)) {
            return null;
        }
        String v = row.cell(column).replace('\u00a0', ' ').trim();
        return v.isEmpty() ? null : v;
    }

    /** A section row: every filled cell says the same thing (one cell, or a merged range), and it is not a number. */
    private static Optional<String> sectionText(RawSheet.RawRow row, Header header) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String c : row.cells()) {
            if (c != null && !c.isBlank()) {
                distinct.add(c.trim());
            }
        }
        if (distinct.size() != 1) {
            return Optional.empty();
        }
        String text = distinct.iterator().next();
        if (text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long filled = row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
        boolean merged = filled >= 3;
        boolean labelOnly = AnnexHeaders.contour(text).isPresent()
                || firstFilled(row) <= 1 && AnnexHeaders.normalise(text).split(" ").length > 1;
        Integer ipColumn = header.fields.get(AnnexField.IP);
        boolean ipLike = ipColumn != null && !row.cell(ipColumn).isBlank() && !merged;
        return (merged || labelOnly) && !ipLike ? Optional.of(text) : Optional.empty();
    }

    private static int firstFilled(RawSheet.RawRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i) != null && !row.cells().get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    /** The row of column numbers printed under the form's header: 1, 2, … 8. */
    private static boolean isNumbering(RawSheet.RawRow row) {
        int numbers = 0;
        for (String c : row.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            if (!c.trim().matches("\\d{1,2}")) {
                return false;
            }
            numbers++;
        }
        return numbers >= 4;
    }

    /** A template row with only its running number filled in. */
    private static boolean onlyNumber(RawSheet.RawRow row, Header header) {
        Integer number = header.fields.get(AnnexField.NUMBER);
        if (number == null || !row.cell(number).trim().matches("\\d{1,6}")) {
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            String c = row.cells().get(i);
            if (i != number && c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Header> findHeader(RawSheet sheet) {
        List<RawSheet.RawRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            Header h = header(rows.get(i), null);
            if (h.matchedRequired() < 3) {
                continue;
            }
            h.firstRow = rows.get(i).number();
            h.lastIndex = i;
            if (h.matchedRequired() < REQUIRED_COLUMNS.size() && i + 1 < rows.size()
                    && !isNumbering(rows.get(i + 1))) {
                Header below = header(rows.get(i + 1), h);
                if (below.matchedRequired() > h.matchedRequired()) {
                    below.firstRow = h.firstRow;
                    below.lastIndex = i + 1;
                    h = below;
                }
            }
            return Optional.of(h);
        }
        return Optional.empty();
    }

    /** Maps a row's cells to fields; with {@code above}, fills only what the row above left unmatched. */
    private static Header header(RawSheet.RawRow row, Header above) {
        Header h = new Header();
        Set<Integer> taken = new java.util.HashSet<>();
        if (above != null) {
            h.fields.putAll(above.fields);
            h.sectionColumn = above.sectionColumn;
            taken.addAll(above.fields.values());
            if (above.sectionColumn >= 0) {
                taken.add(above.sectionColumn);
            }
        }
        for (int c = 0; c < row.cells().size(); c++) {
            if (taken.contains(c)) {
                continue;
            }
            Optional<Object> kind = AnnexHeaders.column(row.cell(c));
            if (kind.isEmpty()) {
                continue;
            }
            if (kind.get() instanceof AnnexField f) {
                if (!h.fields.containsKey(f)) {
                    h.fields.put(f, c);
                }
            } else if (h.sectionColumn < 0) {
                h.sectionColumn = c;
            }
        }
        return h;
    }

    private static final class Header {
        final Map<AnnexField, Integer> fields = new EnumMap<>(AnnexField.class);
        int sectionColumn = -1;
        int firstRow;
        int lastIndex;

        long matchedRequired() {
            return REQUIRED_COLUMNS.stream().filter(fields::containsKey).count();
        }
    }
}
