package org.huiying.reporting.export;

import org.huiying.reporting.monthly.CountLine;
import org.huiying.reporting.monthly.MonthlySummary;
import org.huiying.reporting.monthly.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"点此\")", "+86-572-5123456", "-1+2", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1"})
    void shouldPrefixASingleQuoteWhenATextCellStartsLikeAFormula(String text) {
        assertThat(CsvWriter.inert(text)).isEqualTo("'" + text);
    }

    @Test
    void shouldLeaveTextAloneWhenItDoesNotStartLikeAFormula() {
        assertThat(CsvWriter.cell("县交通运输局")).isEqualTo("县交通运输局");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void shouldKeepNegativeFiguresAsNumbersWhenTheyAreNumbers() {
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
        assertThat(CsvWriter.cell(-12.5)).isEqualTo("-12.5");
        assertThat(CsvWriter.cell(new Table.Fraction(-1.0))).isEqualTo("-1.0");
    }

    @Test
    void shouldQuoteAFormulaHiddenAfterASeparatorSoNoCellStartsWithIt() {
        assertThat(CsvWriter.cell("路灯,=1+1")).isEqualTo("\"路灯,=1+1\"");
        assertThat(CsvWriter.cell("路灯;=1+1")).isEqualTo("\"路灯;=1+1\"");
        assertThat(CsvWriter.cell("=\"a\",b")).isEqualTo("\"'=\"\"a\"\",b\"");
    }

    @Test
    void shouldExportAScrapedFormulaAsTextAndAFallAsANegativeNumberWhenTheMonthIsWritten() {
        // given: a board and a topic word taken from forum posts, and a month with fewer cases than the last
        MonthlySummary month = new MonthlySummary("2025-04", "2025-03", 2, 4, -2, -0.5, List.of(), List.of(),
                List.of(), List.of(new CountLine("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", 2, 4, -2)), List.of(),
                List.of(new Topic("@SUM(1+1)*cmd", 2)));

        // when
        String csv = new String(CsvWriter.write(ReportTables.monthly(month)), StandardCharsets.UTF_8);

        // then
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertThat(lines).contains("合计,受理件数,2,4,-2", "版块,'=cmd|' /C calc'!A0,2,4,-2",
                "热点话题,'@SUM(1+1)*cmd,2,,");
        assertThat(lines).noneMatch(line -> Arrays.stream(line.split(",")).anyMatch(cell -> cell.startsWith("=")
                || cell.startsWith("@")));
    }
}
