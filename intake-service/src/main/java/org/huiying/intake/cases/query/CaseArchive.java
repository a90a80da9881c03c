package org.huiying.intake.cases.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 立卷归档: the whole file of one case — the case as it stands, the netizen's handle, and every fact in order (who,
 * what, when, through which channel). Only for logged-in users.
 */
public record CaseArchive(String caseId, CaseSummary summary, String author, Map<String, String> unitNames,
                          List<TimelineEntry> entries, Instant exportedAt, String exportedBy) {
}
