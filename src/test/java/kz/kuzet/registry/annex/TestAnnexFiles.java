package kz.kuzet.registry.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Annex spreadsheets made the way state bodies fill the official form, for tests. */
public final class TestAnnexFiles {

    public static final String[] KK_HEADER = {"№", "Мемлекеттік органның атауы", "Құрылымдық бөлімше (департамент)",
            "Физикалық орналасқан жері (қабат, кабинет)", "Пайдаланушының/ жауапты тұлғаның ТАӘ",
            "Жұмыс станциясының / серверлік жабдықтың желілік атауы", "IP-мекенжай", "Операциялық жүйенің атауы"};
    public static final String[] RU_HEADER = {"№ п/п", "Наименование государственного органа",
            "Структурное подразделение (департамент)", "Физическое расположение (этаж, кабинет)",
            "ФИО пользователя / ответственного лица", "Сетевое имя рабочей станции / серверного оборудования",
            "IP-адрес", "Операционная система"};
    public static final String KK_INTERNAL = "Ішкі контурдың жергілікті желісі";
    public static final String KK_EXTERNAL = "Сыртқы контурдың жергілікті желісі";
    public static final String RU_INTERNAL = "ЛВС внутреннего контура";
    public static final String RU_EXTERNAL = "ЛВС внешнего контура";

    private TestAnnexFiles() {
    }

    /** A row of the form: columns 3..8 (department, location, person, host, ip, os). */
    public record Obj(String department, String location, String person, String host, String ip, String os) {
    }

    public static Obj ws(int i, String os) {
        return new Obj("Цифрландыру департаменті", "3 қабат, 31" + i + " каб.", "Ахметов Ерлан", "MF-WS-" + i,
                "10.20.1." + i, os);
    }

    /**
     * The official form in Kazakh: a title merged over the eight columns, the header, the row of column numbers,
     * the two section rows merged across, object rows under each.
     */
    public static byte[] officialXlsx(String[] header, String internalLabel, List<Obj> internal, String externalLabel,
            List<Obj> external) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Қосымша");
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("КҚОМ объектісі туралы мәліметтер");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            Row numbers = sheet.createRow(r++);
            for (int c = 0; c < 8; c++) {
                numbers.createCell(c).setCellValue(c + 1);
            }
            r = section(sheet, r, internalLabel, internal);
            section(sheet, r, externalLabel, external);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int section(Sheet sheet, int r, String label, List<Obj> objects) {
        Row s = sheet.createRow(r);
        s.createCell(0).setCellValue(label);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
        r++;
        int n = 1;
        for (Obj o : objects) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(n++);
            row.createCell(1).setCellValue("Қаржы министрлігі");
            set(row, 2, o.department());
            set(row, 3, o.location());
            set(row, 4, o.person());
            set(row, 5, o.host());
            set(row, 6, o.ip());
            set(row, 7, o.os());
        }
        return r;
    }

    private static void set(Row row, int c, String v) {
        if (v != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(v);
        }
    }

    /** A flat CSV (semicolon, as Russian Excel saves it) with a section column after the eight. */
    public static byte[] flatCsv(String[] header, List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        List<String> h = new ArrayList<>(List.of(header));
        h.add("Контур");
        sb.append(String.join(";", h.stream().map(TestAnnexFiles::quote).toList())).append("\r\n");
        for (String[] row : rows) {
            sb.append(String.join(";", java.util.Arrays.stream(row).map(TestAnnexFiles::quote).toList()))
                    .append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String v) {
        return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
