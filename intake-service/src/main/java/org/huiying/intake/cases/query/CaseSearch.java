package org.huiying.intake.cases.query;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /api/cases}; every one optional. Values are the wire names (e.g. kind
 * {@code complaint}, status {@code answered}).
 */
public record CaseSearch(String unitId, String status, String kind, String severity, String source,
                         Instant postedFrom, Instant postedTo, String text, int page, int size, String sortField,
                         boolean descending) {

    public static final Set<String> SORTABLE = Set.of("postedAt", "receivedAt", "acknowledgedAt", "answeredAt",
            "closedAt", "status", "severity", "kind");

    Bson filter() {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.exists("source"));
        if (unitId != null) {
            filters.add(Filters.or(Filters.eq("leadUnitId", unitId), Filters.eq("coUnitIds", unitId)));
        }
        addEq(filters, "status", status);
        addEq(filters, "kind", kind);
        addEq(filters, "severity", severity);
        addEq(filters, "source", source);
        if (postedFrom != null) {
            filters.add(Filters.gte("postedAt", CaseSummaryRepository.date(postedFrom)));
        }
        if (postedTo != null) {
            filters.add(Filters.lt("postedAt", CaseSummaryRepository.date(postedTo)));
        }
        if (text != null && !text.isBlank()) {
            filters.add(Filters.regex("title", Pattern.compile(Pattern.quote(text.strip()))));
        }
        return Filters.and(filters);
    }

    private static void addEq(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value));
        }
    }
}
