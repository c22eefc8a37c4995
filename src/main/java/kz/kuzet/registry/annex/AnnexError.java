package kz.kuzet.registry.annex;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import kz.kuzet.registry.RegistryText;

/**
 * What is wrong with one cell or row of an annex: {@code column} is the spreadsheet's letter, or null for the whole
 * row. The reason is a message key ({@code annex.err.*} in the registry bundle) with its arguments, so the console
 * shows it in the user's language; {@link #reason()} gives it in English (the command line's JSON).
 */
public record AnnexError(int row, String column, String key, List<String> args) {

    /** An argument naming a field ({@code field:ip_address}) is shown as that field's label. */
    static final String FIELD = "field:";

    public static AnnexError of(int row, String column, String key, Object... args) {
        return new AnnexError(row, column, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Like "G14", or "row 14" when the error is about the whole row. */
    public String cell() {
        return column == null ? "row " + row : column + row;
    }

    /** The cell in the user's language ("G14", or "14-жол" / "строка 14"). */
    public String cell(ResourceBundle text) {
        return column == null ? MessageFormat.format(text.getString("annex.err.row"), Integer.toString(row))
                : column + row;
    }

    public String reason() {
        return reason(RegistryText.bundle("en"));
    }

    public String reason(ResourceBundle text) {
        Object[] shown = args.stream().map(a -> a.startsWith(FIELD)
                ? text.getString("annex.field." + a.substring(FIELD.length())) : a).toArray();
        return MessageFormat.format(text.getString("annex.err." + key), shown);
    }
}
