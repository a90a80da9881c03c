package org.huiying.reporting.casefacts;

import java.time.Instant;

/**
 * What reporting knows of one case, merged from the intake, routing and sla topics in whatever order they arrive.
 *
 * @param countedUnit the unit whose figures include the case now; differs from {@code unitId} only while a
 *                    transfer is being applied
 */
public record CaseFacts(String caseId, boolean posted, Instant postedAt, String unitId, Instant assignedAt,
                        boolean overdue, boolean closed, String countedUnit) {

    public static CaseFacts unknown(String caseId) {
        return new CaseFacts(caseId, false, null, null, null, false, false, null);
    }

    /** The unit the case counts for: known once the post and its lead unit are both known. */
    public String unitToCount() {
        return posted ? unitId : null;
    }
}
