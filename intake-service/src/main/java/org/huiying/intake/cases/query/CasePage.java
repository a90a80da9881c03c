package org.huiying.intake.cases.query;

import java.util.List;

/** One page of the case list. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
