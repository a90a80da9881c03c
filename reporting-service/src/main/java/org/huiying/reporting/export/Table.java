package org.huiying.reporting.export;

import java.util.List;

/**
 * A report as rows under Chinese column headers. Cells are strings, integers, or fractions ({@link Fraction}, shown
 * as percentages in a spreadsheet); null cells stay empty.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    /** A rate: kept exact in CSV, formatted as a percentage in XLSX. */
    public record Fraction(double value) {
    }
}
