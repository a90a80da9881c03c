package org.huiying.reporting.export;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    @Test
    void shouldStoreTextThatLooksLikeAFormulaAsTextWhenTheWorkbookIsWritten() throws Exception {
        // given
        Table table = new Table("月度总结 2025-04", List.of("维度", "项目", "环比增减"),
                List.of(Arrays.asList("版块", "=HYPERLINK(\"http://evil.example\")", -2)));

        // when
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(XlsxWriter.write(table)))) {
            Row row = workbook.getFirstSheet().read().get(1);

            // then
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCellText(1)).isEqualTo("=HYPERLINK(\"http://evil.example\")");
            assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("-2");
        }
    }
}
