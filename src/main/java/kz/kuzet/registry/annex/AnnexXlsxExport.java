package kz.kuzet.registry.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import kz.kuzet.registry.Contour;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an annex in the official form (R-12.c) as an XLSX workbook: caption, title, the eight columns with their
 * numbers, the internal-contour and external-contour sections. Every value is written as text, never a formula.
 */
public final class AnnexXlsxExport {

    private static final String[] COLUMN_KEYS = {"annex.col.number", "annex.col.body_name", "annex.col.department",
            "annex.col.location", "annex.col.person", "annex.col.host", "annex.col.ip", "annex.col.os"};

    private AnnexXlsxExport() {
    }

    public static void write(ResourceBundle text, String bodyName, String quarter, List<AnnexLine> lines,
            OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(quarter);
            CellStyle plain = bordered(wb, false);
            CellStyle bold = bordered(wb, true);
            int r = 0;
            Row caption = sheet.createRow(r++);
            caption.createCell(5).setCellValue(text.getString("annex.form.caption"));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 7));
            r++;
            Row title = sheet.createRow(r);
            title.createCell(0).setCellValue(text.getString("annex.form.title"));
            title.getCell(0).setCellStyle(centered(wb));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            r++;
            sheet.createRow(r++).createCell(0).setCellValue(MessageFormat.format(text.getString("annex.form.body"),
                    bodyName));
            sheet.createRow(r++).createCell(0).setCellValue(MessageFormat.format(text.getString("annex.form.quarter"),
                    quarter));
            Row header = sheet.createRow(r++);
            Row numbers = sheet.createRow(r++);
            for (int c = 0; c < 8; c++) {
                header.createCell(c).setCellValue(text.getString(COLUMN_KEYS[c]));
                header.getCell(c).setCellStyle(bold);
                numbers.createCell(c).setCellValue(Integer.toString(c + 1));
                numbers.getCell(c).setCellStyle(bold);
            }
            header.setHeightInPoints(60);
            int n = 1;
            for (Contour contour : Contour.values()) {
                Row section = sheet.createRow(r);
                section.createCell(0).setCellValue(text.getString("annex.section." + contour.name().toLowerCase(
                        java.util.Locale.ROOT)));
                for (int c = 0; c < 8; c++) {
                    if (section.getCell(c) == null) {
                        section.createCell(c);
                    }
                    section.getCell(c).setCellStyle(bold);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
                r++;
                for (AnnexLine l : lines) {
                    if (l.contour() != contour) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    String[] values = {Integer.toString(n++), l.bodyName() == null ? bodyName : l.bodyName(),
                            l.department(), l.location(), l.person(), l.host(), l.ip(), l.os()};
                    for (int c = 0; c < 8; c++) {
                        row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
                        row.getCell(c).setCellStyle(plain);
                    }
                }
            }
            int[] widths = {6, 30, 30, 22, 28, 28, 18, 26};
            for (int c = 0; c < 8; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb, boolean bold) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bold) {
            Font f = wb.createFont();
            f.setBold(true);
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }

    private static CellStyle centered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }
}
