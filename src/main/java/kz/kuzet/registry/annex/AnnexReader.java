package kz.kuzet.registry.annex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an annex file as the state body sent it, XLSX or CSV (told apart by content, not by name), and checks
 * every row. A file that cannot be read at all raises {@link AnnexFileException} with what to do.
 */
public final class AnnexReader {

    private AnnexReader() {
    }

    public static ParsedAnnex read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw AnnexFileException.of("empty", name);
        }
        if (bytes.length > AnnexLimits.MAX_FILE_BYTES) {
            throw AnnexFileException.of("tooBig", name, bytes.length / (1024 * 1024),
                    AnnexLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        ParsedAnnex parsed = isZip(bytes) ? fromWorkbook(name, bytes) : fromCsv(name, bytes);
        List<AnnexError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(AnnexValidator.validate(parsed.lines(), parsed.columns()));
        errors.sort(Comparator.comparingInt(AnnexError::row)
                .thenComparing(e -> e.column() == null ? "" : e.column(), Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder())));
        return new ParsedAnnex(parsed.sheetName(), parsed.lines(), List.copyOf(errors), parsed.columns());
    }

    private static ParsedAnnex fromWorkbook(String name, byte[] bytes) {
        List<RawSheet> sheets = XlsxSheetReader.read(name, bytes);
        for (RawSheet sheet : sheets) {
            if (AnnexSheetParser.hasHeader(sheet)) {
                return AnnexSheetParser.parse(sheet);
            }
        }
        throw AnnexFileException.of("noHeaderInWorkbook", name);
    }

    private static ParsedAnnex fromCsv(String name, byte[] bytes) {
        if (isOle2(bytes)) {
            throw AnnexFileException.of("oldXls", name);
        }
        return AnnexSheetParser.parse(CsvSheetReader.read(name, bytes));
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7);
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }
}
