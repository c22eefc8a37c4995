package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "\n=1",
            "=HYPERLINK(\"http://evil\",\"x\")", "  =1+1", "\uFF1D1+1", "-", "+", "@"})
    void formulaStartsBecomeText(String hostile) {
        assertThat(CsvCells.neutralise(hostile)).isEqualTo("'" + hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.1.5", "Қаржы министрлігі", "a=b", "x-y", "user@host", "", "-12", "+7",
            "-12.5", "3,25", "1e-5", "ET POLICY Suspicious", "'already quoted"})
    void ordinaryTextAndPlainNumbersStayAsTheyAre(String ordinary) {
        assertThat(CsvCells.neutralise(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void nullAndNumbersAreWrittenAsIs() {
        assertThat(CsvCells.neutralise(null)).isEmpty();
        assertThat(CsvCells.neutralise(-5)).isEqualTo("-5");
        assertThat(CsvCells.field(-5.5)).isEqualTo("-5.5");
    }

    @Test
    void fieldsAreQuotedPerRfc4180AfterNeutralising() {
        assertThat(CsvCells.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.field("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(CsvCells.field("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(CsvCells.field("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(CsvCells.field("a;b", ',')).isEqualTo("a;b");
    }

    @Test
    void aRowJoinsNeutralisedFields() {
        assertThat(CsvCells.row(17, "MF", "=cmd|'/c calc'!A1", null, "-3")).isEqualTo("17,MF,'=cmd|'/c calc'!A1,,-3");
        assertThat(CsvCells.row(List.of("@x", "y;z"), ';')).isEqualTo("'@x;\"y;z\"");
    }
}
