package kz.kuzet.registry.annex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an XLSX workbook by streaming their XML (never the whole workbook in memory), with POI's
 * zip-bomb limits and a cap on rows. Formula cells are marked, never evaluated.
 */
final class XlsxSheetReader {

    static {
        ZipSecureFile.setMinInflateRatio(AnnexLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(AnnexLimits.MAX_ZIP_ENTRY_BYTES);
    }

    private XlsxSheetReader() {
    }

    static List<RawSheet> read(String name, byte[] bytes) {
        List<RawSheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext() && sheets.size() < AnnexLimits.MAX_SHEETS) {
                try (InputStream sheet = it.next()) {
                    sheets.add(readSheet(name, it.getSheetName(), sheet, strings));
                }
            }
        } catch (AnnexFileException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw AnnexFileException.caused(e, "notXlsx", name, e.getMessage());
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            throw describe(name, e);
        }
        return sheets;
    }

    private static AnnexFileException describe(String name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")) {
                return AnnexFileException.caused(e, "zipBomb", name, AnnexLimits.MIN_INFLATE_RATIO,
                        AnnexLimits.MAX_ZIP_ENTRY_BYTES / (1024 * 1024));
            }
        }
        return AnnexFileException.caused(e, "unreadableXlsx", name, e.getMessage());
    }

    private static RawSheet readSheet(String file, String sheetName, InputStream xml,
            ReadOnlySharedStringsTable strings) throws IOException, SAXException, ParserConfigurationException {
        SheetHandler handler = new SheetHandler(file, strings);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return handler.toSheet(sheetName);
    }

    /** Collects cell values, formula marks and merged ranges from one worksheet's XML. */
    private static final class SheetHandler extends DefaultHandler {
        private final String file;
        private final ReadOnlySharedStringsTable strings;
        private final TreeMap<Integer, String[]> rows = new TreeMap<>();
        private final TreeMap<Integer, Set<Integer>> formulas = new TreeMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private int rowIndex = -1;
        private int columnIndex = -1;
        private String cellType;
        private boolean formula;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private boolean inInlineString;

        SheetHandler(String file, ReadOnlySharedStringsTable strings) {
            this.file = file;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                    columnIndex = -1;
                    if (rows.size() >= AnnexLimits.MAX_ROWS) {
                        throw CsvSheetReader.tooManyRows(file);
                    }
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    columnIndex = ref != null ? new CellReference(ref).getCol() : columnIndex + 1;
                    cellType = atts.getValue("t");
                    formula = false;
                    text.setLength(0);
                }
                case "v" -> {
                    collecting = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInlineString = true;
                    text.setLength(0);
                }
                case "t" -> collecting = inInlineString;
                case "f" -> formula = true;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && merged.size() < 10_000) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && text.length() < 100_000) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInlineString = false;
                case "c" -> endCell();
                default -> {
                }
            }
        }

        private void endCell() {
            if (rowIndex < 0 || columnIndex < 0 || columnIndex >= AnnexLimits.MAX_COLUMNS) {
                return;
            }
            String value = value();
            if (formula) {
                formulas.computeIfAbsent(rowIndex, r -> new HashSet<>()).add(columnIndex);
            }
            if (value != null && !value.isEmpty() || formula) {
                rows.computeIfAbsent(rowIndex, r -> new String[AnnexLimits.MAX_COLUMNS])[columnIndex] =
                        value == null ? "" : value;
            }
        }

        private String value() {
            String raw = text.toString();
            if (cellType == null || cellType.equals("n")) {
                if (raw.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(raw).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return switch (cellType) {
                case "s" -> raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        RawSheet toSheet(String sheetName) {
            fillMerged();
            List<RawSheet.RawRow> out = new ArrayList<>();
            rows.forEach((index, cells) -> {
                List<String> list = new ArrayList<>(java.util.Arrays.asList(cells));
                out.add(new RawSheet.RawRow(index + 1, list, formulas.getOrDefault(index, Set.of())));
            });
            return new RawSheet(sheetName, out);
        }

        /** Every cell of a merged range shows the value of its top-left cell, as Excel shows it. */
        private void fillMerged() {
            if (rows.isEmpty()) {
                return;
            }
            int lastRow = rows.lastKey();
            for (CellRangeAddress range : merged) {
                String[] top = rows.get(range.getFirstRow());
                int firstColumn = range.getFirstColumn();
                if (top == null || firstColumn >= AnnexLimits.MAX_COLUMNS || top[firstColumn] == null) {
                    continue;
                }
                String value = top[firstColumn];
                int lastColumn = Math.min(range.getLastColumn(), AnnexLimits.MAX_COLUMNS - 1);
                boolean small = range.getLastRow() - range.getFirstRow() <= 50;
                for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow); r++) {
                    String[] cells = small ? rows.computeIfAbsent(r, x -> new String[AnnexLimits.MAX_COLUMNS])
                            : rows.get(r);
                    if (cells == null) {
                        continue;
                    }
                    for (int c = firstColumn; c <= lastColumn; c++) {
                        cells[c] = value;
                    }
                }
            }
        }
    }
}
