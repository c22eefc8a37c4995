package kz.kuzet.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    private static List<RawRecord> read(byte[] bytes, int max) throws IOException {
        RecordReader r = new RecordReader(new ByteArrayInputStream(bytes), max);
        List<RawRecord> out = new ArrayList<>();
        RawRecord rec;
        while ((rec = r.next()) != null) {
            out.add(rec);
        }
        return out;
    }

    private static List<RawRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    @Test
    void oneRecordPerLineWithLineNumbersAndByteOffsets() throws IOException {
        List<RawRecord> r = read("\uFEFFfirst\r\n\nсекунд\nthird");
        assertThat(r).extracting(RawRecord::text).containsExactly("first", "секунд", "third");
        assertThat(r).extracting(RawRecord::line).containsExactly(1L, 3L, 4L);
        assertThat(r).extracting(RawRecord::byteOffset).containsExactly(0L, 11L, 24L);
    }

    @Test
    void prettyPrintedJsonAndXmlDocumentsBecomeOneRecord() throws IOException {
        List<RawRecord> r = read("{\n  \"a\": \"}{\",\n  \"b\": [1,\n 2]\n}\n<?xml version=\"1.0\"?>\n<Event>\n"
                + "  <EventID>1</EventID>\n</Event>\nCEF:0|x");
        assertThat(r).hasSize(3);
        assertThat(r.get(0).text()).startsWith("{").endsWith("}");
        assertThat(r.get(1).text()).contains("<EventID>1</EventID>").endsWith("</Event>");
        assertThat(r.get(1).line()).isEqualTo(6);
        assertThat(r.get(2).text()).isEqualTo("CEF:0|x");
    }

    @Test
    void anUnclosedJsonLineDoesNotSwallowTheNextRecords() throws IOException {
        List<RawRecord> r = read("{\"a\":\n{\"b\":1}\n");
        assertThat(r).extracting(RawRecord::text).containsExactly("{\"a\":", "{\"b\":1}");
    }

    @Test
    void oversizedLinesAreBoundedAndReported() throws IOException {
        List<RawRecord> r = read(("x".repeat(5000) + "\nok\n").getBytes(StandardCharsets.UTF_8), 100);
        assertThat(r).hasSize(2);
        assertThat(r.get(0).problem()).contains("longer than 100 bytes");
        assertThat(r.get(0).text()).hasSize(100);
        assertThat(r.get(1).text()).isEqualTo("ok");
        assertThat(r.get(1).byteOffset()).isEqualTo(5001);
    }

    @Test
    void invalidUtf8IsReportedWithTheReadableRestKept() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("ok\nbad ".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3);
        b.write(0x28);
        b.writeBytes("\nfine".getBytes(StandardCharsets.UTF_8));
        List<RawRecord> r = read(b.toByteArray(), 1000);
        assertThat(r).hasSize(3);
        assertThat(r.get(1).problem()).contains("not valid UTF-8");
        assertThat(r.get(1).text()).startsWith("bad ");
        assertThat(r.get(2).isUsable()).isTrue();
    }
}
