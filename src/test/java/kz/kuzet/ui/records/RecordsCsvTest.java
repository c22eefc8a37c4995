package kz.kuzet.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.ui.Messages;
import org.junit.jupiter.api.Test;

class RecordsCsvTest {

    @Test
    void neutralisesFormulaCellsAndQuotesSeparators() {
        assertThat(RecordsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RecordsCsv.cell("+7 701")).isEqualTo("\"'+7 701\"");
        assertThat(RecordsCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(RecordsCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(RecordsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(RecordsCsv.cell("Қаржы")).isEqualTo("Қаржы");
        assertThat(RecordsCsv.cell(null)).isEmpty();
    }

    @Test
    void writesAHeaderAndOneLinePerRecordInTheChosenLanguage() throws Exception {
        Instant t = Instant.parse("2026-07-12T05:00:00Z");
        RecordSummary r = new RecordSummary(7, RecordKind.INCIDENT, RecordStatus.OPEN, Severity.HIGH,
                Category.PHISHING, "MF", "Қаржы министрлігі", "Министерство финансов", "=cmd|' /C calc'!A0",
                "analyst1", 0, ClockFacts.detected(RecordKind.INCIDENT, t));
        StringWriter out = new StringWriter();
        RecordsCsv.write(out, List.of(r), t.plusSeconds(600), Messages.bundle("ru"));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\ufeff№,Государственный орган");
        assertThat(lines[1]).startsWith("7,MF Министерство финансов,Инцидент КБ,Открыта,Высокий,Фишинг,analyst1,")
                .contains("\"'=cmd|' /C calc'!A0\"").contains("осталось 20:00");
    }
}
