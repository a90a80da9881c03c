package org.huiying.reporting.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** One worksheet: bold Chinese headers, numbers as numbers, rates as percentages. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Huiying", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.title());
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, table.headers().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Table.Fraction fraction) {
            sheet.value(r, c, fraction.value());
            sheet.style(r, c).format("0.00%").set();
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value != null) {
            sheet.value(r, c, String.valueOf(value));
        }
    }
}
