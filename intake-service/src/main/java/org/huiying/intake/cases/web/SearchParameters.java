package org.huiying.intake.cases.web;

import org.huiying.intake.cases.query.CaseSearch;
import org.huiying.support.web.InvalidParameterException;

import java.util.TreeSet;

/**
 * The paging and sorting parameters of the case search, read by hand so that anything unreadable is a 400 naming
 * the parameter, never a server error. A page is at most {@value #MAX_PAGE} pages deep, so the number of cases
 * skipped stays a small, valid number.
 */
final class SearchParameters {

    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 200;

    private SearchParameters() {
    }

    record Order(String field, boolean descending) {
    }

    static int page(String text) {
        return number("page", text, 0, MAX_PAGE);
    }

    static int size(String text) {
        return number("size", text, 1, MAX_SIZE);
    }

    /** {@code field} or {@code field,asc|desc}; descending when the direction is left out. */
    static Order sort(String text) {
        String[] parts = text.split(",", -1);
        String field = parts[0].strip();
        if (!CaseSearch.SORTABLE.contains(field)) {
            throw new InvalidParameterException("sort", "cannot sort by '" + field + "'; sort by one of "
                    + String.join(", ", new TreeSet<>(CaseSearch.SORTABLE)) + ", then optionally ,asc or ,desc");
        }
        if (parts.length > 2 || parts.length == 2 && !parts[1].strip().matches("(?i)asc|desc")) {
            throw new InvalidParameterException("sort", "'" + text + "' is not field,asc or field,desc");
        }
        return new Order(field, parts.length < 2 || parts[1].strip().equalsIgnoreCase("desc"));
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameterException(name, "'" + text + "' is not a whole number from " + min + " to " + max);
    }
}
