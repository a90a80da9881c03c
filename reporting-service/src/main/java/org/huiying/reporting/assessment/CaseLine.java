package org.huiying.reporting.assessment;

import java.time.Instant;

/** One case behind a figure, with what the office needs to check it. */
public record CaseLine(String caseId, String title, String source, String board, Instant postedAt, String kind,
                       String severity, String leadUnitId) {
}
