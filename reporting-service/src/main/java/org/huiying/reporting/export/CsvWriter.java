package org.huiying.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel shows the Chinese correctly. */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    public static byte[] write(Table table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.headers().stream().map(h -> (Object) h).toList());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        csv.append(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Table.Fraction f ? String.valueOf(f.value()) : String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
