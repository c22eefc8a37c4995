package kz.kuzet.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet opens as text, never as a formula (CSV/formula injection, OWASP). A cell whose
 * first character (or first after leading blanks) is {@code = + - @}, their full-width forms, a tab, CR or LF
 * gets a leading apostrophe; plain numbers such as {@code -12.5} are left alone. Every CSV export uses
 * {@link #row} or {@link #field}, so data from detections (attacker-controlled) cannot run in an analyst's
 * spreadsheet.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** The value, made safe to open in a spreadsheet; null becomes the empty string. */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.isEmpty() || value instanceof Number || PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        if (TRIGGERS.indexOf(s.charAt(0)) >= 0 || TRIGGERS.indexOf(firstNonBlank(s)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** One RFC 4180 field: neutralised, then quoted when it holds the separator, a quote or a line break. */
    public static String field(Object value, char separator) {
        String s = neutralise(value);
        if (s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public static String field(Object value) {
        return field(value, ',');
    }

    /** One line of comma-separated fields, without the line break. */
    public static String row(Object... values) {
        return row(Arrays.asList(values), ',');
    }

    /** One line of fields with the given separator (e.g. ';' for spreadsheets in ru/kk locales). */
    public static String row(List<?> values, char separator) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(field(values.get(i), separator));
        }
        return line.toString();
    }

    private static char firstNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return c;
            }
        }
        return ' ';
    }
}
