package kz.kuzet.registry.annex;

import static kz.kuzet.registry.annex.TestAnnexFiles.KK_EXTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_HEADER;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_INTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.RU_EXTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.RU_HEADER;
import static kz.kuzet.registry.annex.TestAnnexFiles.RU_INTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.ws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.annex.TestAnnexFiles.Obj;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AnnexReaderTest {

    @Test
    void readsTheOfficialKazakhFormWithMergedTitleNumberRowAndSections() {
        byte[] xlsx = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL,
                List.of(ws(11, "Windows 10 Pro 22H2"), ws(12, "Astra Linux SE 1.7")), KK_EXTERNAL,
                List.of(new Obj("Баспасөз қызметі", "1 қабат", "Омарова Әсел", "mf-web-01", "100.64.0.10",
                        "Ubuntu 22.04 LTS")));

        ParsedAnnex annex = AnnexReader.read("mf.xlsx", xlsx);

        assertThat(annex.errors()).isEmpty();
        assertThat(annex.lines()).hasSize(3);
        AnnexLine first = annex.lines().get(0);
        assertThat(first.row()).isEqualTo(6);
        assertThat(first.contour()).isEqualTo(Contour.INTERNAL);
        assertThat(first.host()).isEqualTo("MF-WS-11");
        assertThat(first.ip()).isEqualTo("10.20.1.11");
        assertThat(first.location()).isEqualTo("3 қабат, 3111 каб.");
        assertThat(annex.lines().get(2).contour()).isEqualTo(Contour.EXTERNAL);
        assertThat(annex.lines().get(2).os()).isEqualTo("Ubuntu 22.04 LTS");
        assertThat(annex.columns().get(AnnexField.IP)).isEqualTo("G");
    }

    @Test
    void readsRussianHeadersAndSections() {
        byte[] xlsx = TestAnnexFiles.officialXlsx(RU_HEADER, RU_INTERNAL, List.of(ws(1, "Windows 11 Pro 23H2")),
                RU_EXTERNAL, List.of(ws(2, "Debian 12")));
        ParsedAnnex annex = AnnexReader.read("mf.xlsx", xlsx);
        assertThat(annex.errors()).isEmpty();
        assertThat(annex.lines()).extracting(AnnexLine::contour).containsExactly(Contour.INTERNAL, Contour.EXTERNAL);
    }

    @Test
    void readsAHeaderSplitOverTwoMergedRows() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Лист1");
            Row top = s.createRow(0);
            Row sub = s.createRow(1);
            // No., body, department, location, person merged vertically; "network" group split in two rows
            for (int c = 0; c < 5; c++) {
                top.createCell(c).setCellValue(RU_HEADER[c]);
                s.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            }
            top.createCell(5).setCellValue("Сведения о сети");
            s.addMergedRegion(new CellRangeAddress(0, 0, 5, 6));
            sub.createCell(5).setCellValue("Сетевое имя");
            sub.createCell(6).setCellValue("IP-адрес");
            top.createCell(7).setCellValue("Операционная система");
            s.addMergedRegion(new CellRangeAddress(0, 1, 7, 7));
            Row section = s.createRow(2);
            section.createCell(0).setCellValue(RU_INTERNAL);
            Row data = s.createRow(3);
            String[] v = {"1", "МФ", "ДЦ", "2 этаж", "Ким Сергей", "MF-WS-0001", "10.20.1.1", "Windows 10 Pro 22H2"};
            for (int c = 0; c < v.length; c++) {
                data.createCell(c).setCellValue(v[c]);
            }
            wb.write(out);
            ParsedAnnex annex = AnnexReader.read("two-rows.xlsx", out.toByteArray());
            assertThat(annex.errors()).isEmpty();
            assertThat(annex.lines()).singleElement().satisfies(l -> {
                assertThat(l.host()).isEqualTo("MF-WS-0001");
                assertThat(l.person()).isEqualTo("Ким Сергей");
                assertThat(l.contour()).isEqualTo(Contour.INTERNAL);
            });
        }
    }

    @Test
    void reportsEachBadCellWithRowAndColumn() {
        byte[] xlsx = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(
                        ws(1, "Windows 10 Pro 22H2"),
                        new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-2", "10.20.1.300", "Windows 10 Pro 22H2"),
                        new Obj("ДЦ", "2 қабат", "Ким", "mf-ws-1", "10.20.1.3", "Windows 10 Pro 22H2"),
                        new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-4", "10.20.1.1", null),
                        new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-5", "fe80::1::2", "Windows 10 Pro 22H2"),
                        new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-6", "2001:DB8:0:0:0:0:0:6", "Windows 10 Pro 22H2")),
                KK_EXTERNAL, List.of());

        ParsedAnnex annex = AnnexReader.read("bad.xlsx", xlsx);

        assertThat(annex.lines()).hasSize(6);
        assertThat(annex.errors()).extracting(AnnexError::cell, e -> e.reason().split(":")[0].split(" \"")[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("G7", "\"10.20.1.300\" is not an IPv4 or IPv6 address (e.g. 10.20.1.15 or 2001"),
                        org.assertj.core.groups.Tuple.tuple("F8", "duplicate network name"),
                        org.assertj.core.groups.Tuple.tuple("G9", "duplicate IP address 10.20.1.1"),
                        org.assertj.core.groups.Tuple.tuple("H9", "missing operating system"),
                        org.assertj.core.groups.Tuple.tuple("G10", "\"fe80"));
        assertThat(annex.errors().get(1).reason()).contains("also in row 6");
    }

    @Test
    void readsAFlatRussianCsvWithASectionColumnAndFlagsAnUnknownContour() {
        byte[] csv = TestAnnexFiles.flatCsv(RU_HEADER, List.of(
                new String[] {"1", "Минфин", "ДЦ", "2 этаж", "Ким", "MF-WS-1", "10.20.1.1", "Windows 7 SP1", "внутренний"},
                new String[] {"2", "Минфин", "ДЦ", "2 этаж", "Ким", "MF-WEB", "100.64.0.1", "CentOS 7", "ЛВС внешнего контура"},
                new String[] {"3", "Минфин", "ДЦ", "2 этаж", "Ким", "MF-DMZ", "100.64.0.2", "CentOS 7", "ДМЗ"}));

        ParsedAnnex annex = AnnexReader.read("annex.csv", csv);

        assertThat(annex.lines()).extracting(AnnexLine::contour).containsExactly(Contour.INTERNAL, Contour.EXTERNAL,
                null);
        assertThat(annex.errors()).singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo("I4");
            assertThat(e.reason()).startsWith("unknown contour \"ДМЗ\"");
        });
    }

    @Test
    void rowsAboveAnySectionAndUnderAnUnknownSectionAreErrors() {
        byte[] xlsx = TestAnnexFiles.officialXlsx(KK_HEADER, "ДМЗ желісі", List.of(ws(1, "Windows 10 Pro 22H2")),
                KK_EXTERNAL, List.of(ws(2, "Debian 12")));
        ParsedAnnex annex = AnnexReader.read("dmz.xlsx", xlsx);
        assertThat(annex.errors()).extracting(AnnexError::cell).containsExactly("A5", "row 6");
        assertThat(annex.lines()).extracting(AnnexLine::contour).containsExactly(null, Contour.EXTERNAL);
    }

    @Test
    void formulaCellsAreRefusedNotEvaluated() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("A");
            Row head = s.createRow(0);
            for (int c = 0; c < 8; c++) {
                head.createCell(c).setCellValue(KK_HEADER[c]);
            }
            s.createRow(1).createCell(0).setCellValue(KK_INTERNAL);
            Row data = s.createRow(2);
            String[] v = {"1", "МФ", "ДЦ", "2 қабат", "Ким", "MF-WS-1", null, "Debian 12"};
            for (int c = 0; c < v.length; c++) {
                if (v[c] != null) {
                    data.createCell(c).setCellValue(v[c]);
                }
            }
            data.createCell(6).setCellFormula("CONCATENATE(\"10.0.0.\",\"1\")");
            wb.write(out);
            ParsedAnnex annex = AnnexReader.read("f.xlsx", out.toByteArray());
            assertThat(annex.errors()).extracting(AnnexError::cell).contains("G3");
            assertThat(annex.errors()).anySatisfy(e -> assertThat(e.reason()).contains("formula"));
            assertThat(annex.lines().get(0).ip()).isNull();
        }
    }

    @Test
    void csvFormulaIsRefused() {
        byte[] csv = TestAnnexFiles.flatCsv(RU_HEADER, List.<String[]>of(new String[] {"1", "МФ", "ДЦ", "1", "Ким",
                "=HYPERLINK(\"http://x\")", "10.0.0.1", "Debian 12", "внутренний"}));
        ParsedAnnex annex = AnnexReader.read("f.csv", csv);
        assertThat(annex.errors()).anySatisfy(e -> {
            assertThat(e.cell()).isEqualTo("F2");
            assertThat(e.reason()).contains("formula");
        });
    }

    @Test
    void csvInAnotherEncodingGetsAClearError() {
        String text = String.join(";", RU_HEADER) + "\r\n1;МФ;ДЦ;1;Ким;MF-1;10.0.0.1;Debian 12\r\n";
        byte[] cp1251 = text.getBytes(Charset.forName("windows-1251"));
        assertThatThrownBy(() -> AnnexReader.read("annex.csv", cp1251))
                .isInstanceOf(AnnexFileException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void csvInUtf16WithBomIsRead() {
        String text = "\uFEFF" + String.join("\t", KK_HEADER) + "\tКонтур\r\n1\tМФ\tДЦ\t1\tКим\tMF-1\t10.0.0.1\tDebian 12\tішкі\r\n";
        ParsedAnnex annex = AnnexReader.read("unicode.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(annex.errors()).isEmpty();
        assertThat(annex.lines()).singleElement().extracting(AnnexLine::contour).isEqualTo(Contour.INTERNAL);
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> AnnexReader.read("fake.xlsx", bytes.toByteArray()))
                .isInstanceOf(AnnexFileException.class).hasMessageContaining("fake.xlsx");
    }

    @Test
    void aTruncatedWorkbookIsRefused() {
        byte[] xlsx = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(1, "Debian 12")), KK_EXTERNAL,
                List.of());
        byte[] broken = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> AnnexReader.read("broken.xlsx", broken)).isInstanceOf(AnnexFileException.class);
    }

    @Test
    void aLegacyXlsOrEncryptedWorkbookIsRefused() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> AnnexReader.read("old.xls", ole2)).isInstanceOf(AnnexFileException.class)
                .hasMessageContaining(".xls");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // a workbook whose sheet part is ~60 MB of blanks compressed ~1000:1
        byte[] xlsx = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(1, "Debian 12")), KK_EXTERNAL,
                List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(1_000_000);
        assertThatThrownBy(() -> AnnexReader.read("bomb.xlsx", bytes.toByteArray()))
                .isInstanceOf(AnnexFileException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void aHugeSheetIsRefusedPastTheRowCap() throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("big");
            Row head = s.createRow(0);
            for (int c = 0; c < 8; c++) {
                head.createCell(c).setCellValue(KK_HEADER[c]);
            }
            for (int r = 1; r <= AnnexLimits.MAX_ROWS + 5; r++) {
                s.createRow(r).createCell(5).setCellValue("h" + r);
            }
            wb.write(out);
            wb.dispose();
            assertThatThrownBy(() -> AnnexReader.read("big.xlsx", out.toByteArray()))
                    .isInstanceOf(AnnexFileException.class).hasMessageContaining("more than 20000 rows");
        }
    }

    @Test
    void aSheetWithoutTheFormsHeaderIsRefused() {
        byte[] csv = "a;b;c\r\n1;2;3\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnnexReader.read("x.csv", csv)).isInstanceOf(AnnexFileException.class)
                .hasMessageContaining("No annex header");
    }
}
