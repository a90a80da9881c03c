package org.huiying.routing.assignment;

import java.time.Instant;
import java.util.List;

/** A post about a traffic light on 递铺论坛, routed by rule, and one no rule could place. */
final class AssignmentFixture {

    static final String CASE_ID = "anji-bbs:t-88021";
    static final Instant ROUTED_AT = Instant.parse("2026-03-02T01:15:32Z");
    static final Instant REDELIVERED_AT = Instant.parse("2026-03-02T01:20:00Z");
    static final Instant DISPATCHED_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final String NO_RULE_MATCHED = "no routing rule matched";
    static final String DISPATCHER = "舆情办 李明";

    private AssignmentFixture() {
    }

    static AssignCaseCommand assignByRule(Instant at) {
        return new AssignCaseCommand(CASE_ID, "dipu", List.of("jiaotong"), "board-dipu", null, at);
    }

    static CaseAssignedEvent assignedByRule() {
        return new CaseAssignedEvent(CASE_ID, "dipu", List.of("jiaotong"), "board-dipu", null, ROUTED_AT);
    }

    static QueueCaseForTriageCommand queueForTriage(Instant at) {
        return new QueueCaseForTriageCommand(CASE_ID, NO_RULE_MATCHED, at);
    }

    static CaseQueuedForTriageEvent queuedForTriage() {
        return new CaseQueuedForTriageEvent(CASE_ID, NO_RULE_MATCHED, ROUTED_AT);
    }

    static AssignCaseCommand dispatchByOffice() {
        return new AssignCaseCommand(CASE_ID, "xiaofeng", List.of(), null, DISPATCHER, DISPATCHED_AT);
    }

    static CaseAssignedEvent dispatchedByOffice() {
        return new CaseAssignedEvent(CASE_ID, "xiaofeng", List.of(), null, DISPATCHER, DISPATCHED_AT);
    }
}
