package org.huiying.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel shows the Chinese correctly. Text that a spreadsheet would
 * read as a formula (it starts with {@code = + - @}, a tab or a carriage return: board names, topic words and unit
 * names can come from a forum post) is written with a leading single quote, as OWASP advises against CSV
 * injection; numbers, negative ones included, stay numbers.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String NEEDS_QUOTES = ",;\"\n\r\t";

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

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Table.Fraction fraction) {
            return String.valueOf(fraction.value());
        }
        if (value instanceof Number number) {
            return String.valueOf(number);
        }
        return quoted(inert(String.valueOf(value)));
    }

    /** Text as text: a leading formula character is preceded by a single quote. */
    static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NEEDS_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
        }
        return text;
    }
}
