package kz.kuzet.registry.annex;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV annex: UTF-8 (with or without BOM) or UTF-16 with BOM; comma, semicolon or tab separated. */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static RawSheet read(String name, byte[] bytes) {
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw AnnexFileException.of("binary", name);
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        List<RawSheet.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= AnnexLimits.MAX_ROWS) {
                    throw tooManyRows(name);
                }
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                for (int i = 0; i < Math.min(record.size(), AnnexLimits.MAX_COLUMNS); i++) {
                    String v = record.get(i);
                    if (v.startsWith("=")) {
                        formulas.add(i);
                    }
                    cells.add(v);
                }
                rows.add(new RawSheet.RawRow((int) record.getRecordNumber(), cells, formulas));
            }
        } catch (IOException e) {
            throw AnnexFileException.caused(e, "badCsv", name, e.getMessage());
        } catch (UncheckedIOException e) {
            throw AnnexFileException.caused(e, "badCsv", name, e.getCause().getMessage());
        }
        return new RawSheet(name, rows);
    }

    static AnnexFileException tooManyRows(String name) {
        return AnnexFileException.of("tooManyRows", name, AnnexLimits.MAX_ROWS);
    }

    private static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, b, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, b, 2);
        }
        int skip = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return strict(StandardCharsets.UTF_8, b, skip);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw AnnexFileException.caused(e, "badEncoding", charset.displayName(), in.position());
        } catch (CharacterCodingException e) {
            throw AnnexFileException.caused(e, "notText", charset.displayName());
        }
    }

    /** The separator that splits the first lines into the most columns, outside quotes. */
    private static char delimiter(String text) {
        char best = ',';
        int bestCount = -1;
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < head.length(); i++) {
                char c = head.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
