package org.huiying.routing.assignmentview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.huiying.routing.assignment.CaseAssignedEvent;
import org.huiying.routing.assignment.CaseFlaggedAsProblemEvent;
import org.huiying.routing.assignment.CaseQueuedForTriageEvent;
import org.huiying.routing.assignment.CaseReturnedEvent;
import org.huiying.routing.assignment.CaseTransferredEvent;
import org.huiying.support.eventstore.CommandMetaData;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps each case's assignment history, each unit's current cases and the list of problem cases. An event already in
 * the case's history is a redelivery and changes nothing; the units' lists are written before the history, so a
 * crash in between is repaired by the redelivery.
 */
@Component
@ProcessingGroup("assignment-view")
public class AssignmentViewProjection {

    private final AssignmentHistories histories;
    private final UnitCasePlacement placement;
    private final ProblemCases problems;

    public AssignmentViewProjection(AssignmentHistories histories, UnitCasePlacement placement,
                                    ProblemCases problems) {
        this.histories = histories;
        this.placement = placement;
        this.problems = problems;
    }

    @EventHandler
    void on(CaseAssignedEvent event, @MessageIdentifier String eventId) {
        AssignmentHistory history = current(event.caseId());
        if (history.hasStep(eventId)) {
            return;
        }
        boolean sameLead = event.leadUnitId().equals(history.leadUnitId());
        AssignmentStep step = new AssignmentStep(eventId, "assigned", event.decidedAt(), event.leadUnitId(), null,
                event.coUnitIds(), event.ruleId(), event.decidedBy(), null);
        save(history, history.then(step, "assigned", event.leadUnitId(), event.coUnitIds(),
                sameLead ? history.since() : event.decidedAt(), history.handovers()));
    }

    @EventHandler
    void on(CaseQueuedForTriageEvent event, @MessageIdentifier String eventId) {
        AssignmentHistory history = current(event.caseId());
        if (history.hasStep(eventId)) {
            return;
        }
        AssignmentStep step = new AssignmentStep(eventId, "queued-for-triage", event.queuedAt(), null, null,
                List.of(), null, null, event.reason());
        save(history, history.then(step, "awaiting-triage", null, List.of(), event.queuedAt(), history.handovers()));
    }

    /** The user who returned the case is the signed-in user the return was made by (the event's actor). */
    @EventHandler
    void on(CaseReturnedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(CommandMetaData.ACTOR) String actor) {
        AssignmentHistory history = current(event.caseId());
        if (history.hasStep(eventId)) {
            return;
        }
        AssignmentStep step = new AssignmentStep(eventId, "returned", event.returnedAt(), event.unitId(), null,
                List.of(), null, actor, event.reason());
        save(history, history.then(step, history.status(), history.leadUnitId(), history.coUnitIds(),
                history.since(), history.handovers() + 1));
    }

    @EventHandler
    void on(CaseTransferredEvent event, @MessageIdentifier String eventId) {
        AssignmentHistory history = current(event.caseId());
        if (history.hasStep(eventId)) {
            return;
        }
        AssignmentStep step = new AssignmentStep(eventId, "transferred", event.transferredAt(), event.toUnitId(),
                event.fromUnitId(), event.coUnitIds(), null, event.decidedBy(), event.reason());
        save(history, history.then(step, "assigned", event.toUnitId(), event.coUnitIds(), event.transferredAt(),
                history.handovers() + 1));
    }

    @EventHandler
    void on(CaseFlaggedAsProblemEvent event, @MessageIdentifier String eventId) {
        AssignmentHistory history = current(event.caseId());
        if (history.hasStep(eventId)) {
            return;
        }
        problems.save(new ProblemCases.ProblemCase(event.caseId(), event.cause().wireName(), event.reason(),
                event.handovers(), history.leadUnitId(), event.flaggedAt()));
        AssignmentStep step = new AssignmentStep(eventId, "flagged-as-problem", event.flaggedAt(), null, null,
                List.of(), null, null, event.reason());
        save(history, history.flagged(step));
    }

    private AssignmentHistory current(String caseId) {
        return histories.find(caseId).orElseGet(() -> AssignmentHistory.start(caseId));
    }

    private void save(AssignmentHistory before, AssignmentHistory after) {
        placement.place(before, after);
        histories.save(after);
    }
}
