package org.huiying.routing.assignmentview;

import java.time.Instant;
import java.util.List;

/**
 * One step of a case's assignment history: {@code assigned} (批办, by {@code ruleId} or {@code decidedBy}),
 * {@code queued-for-triage} (待分办), {@code returned} (退回, by {@code unitId}; {@code decidedBy} the signed-in user
 * who returned it), {@code transferred} (转办, from {@code fromUnitId} to {@code unitId}, by {@code decidedBy}) or
 * {@code flagged-as-problem} (提级督办). {@code decidedBy} is the signed-in user's name wherever a user acted.
 */
public record AssignmentStep(String eventId, String step, Instant at, String unitId, String fromUnitId,
                             List<String> coUnitIds, String ruleId, String decidedBy, String reason) {
}
