package org.huiying.routing.assignmentview;

import java.time.Instant;

/** A case a unit has now: as {@code lead} (牵头) or {@code co-unit} (协办), since when. */
public record UnitCase(String caseId, String role, Instant since, boolean problem) {
}
