package org.huiying.sla.messaging;

import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.AnswerPublished;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClassified;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.FollowUpAdded;
import org.huiying.contracts.intake.InformationRequested;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.intake.ProgressReported;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.sla.clock.AcknowledgeCaseCommand;
import org.huiying.sla.clock.ChargeUnitCommand;
import org.huiying.sla.clock.ClassifyCaseCommand;
import org.huiying.sla.clock.PauseAnswerClockCommand;
import org.huiying.sla.clock.RecordAnswerCommand;
import org.huiying.sla.clock.RecordProgressCommand;
import org.huiying.sla.clock.ReopenAnswerClockCommand;
import org.huiying.sla.clock.ResumeAnswerClockCommand;
import org.huiying.sla.clock.StartCaseClockCommand;
import org.huiying.sla.clock.StopCaseClockCommand;

/** Which command each fact from intake and routing gives the case's clock; null for facts the clock ignores. */
public final class CaseFactCommands {

    private CaseFactCommands() {
    }

    public static Object commandFor(IntegrationEvent event) {
        if (event instanceof PostReceived post) {
            return new StartCaseClockCommand(post.caseId(), post.postedAt(), post.occurredAt());
        }
        if (event instanceof CaseClassified classified) {
            return classified.severity() == null ? null
                    : new ClassifyCaseCommand(classified.caseId(), classified.severity(), classified.occurredAt());
        }
        if (event instanceof CaseAcknowledged ack) {
            return new AcknowledgeCaseCommand(ack.caseId(), ack.unitId(), ack.occurredAt());
        }
        if (event instanceof AnswerPublished answer) {
            return new RecordAnswerCommand(answer.caseId(), answer.unitId(), answer.occurredAt());
        }
        if (event instanceof InformationRequested requested) {
            return new PauseAnswerClockCommand(requested.caseId(), requested.unitId(), requested.occurredAt());
        }
        if (event instanceof FollowUpAdded followUp) {
            return new ResumeAnswerClockCommand(followUp.caseId(),
                    followUp.postedAt() != null ? followUp.postedAt() : followUp.occurredAt());
        }
        if (event instanceof ProgressReported progress) {
            return new RecordProgressCommand(progress.caseId(), progress.unitId(), progress.occurredAt());
        }
        if (event instanceof CaseReopened reopened) {
            return new ReopenAnswerClockCommand(reopened.caseId(), reopened.occurredAt());
        }
        if (event instanceof CaseClosed closed) {
            return new StopCaseClockCommand(closed.caseId(), closed.reason(), closed.occurredAt());
        }
        return routingCommandFor(event);
    }

    private static Object routingCommandFor(IntegrationEvent event) {
        if (event instanceof CaseAssigned assigned) {
            return new ChargeUnitCommand(assigned.caseId(), assigned.leadUnitId(), assigned.occurredAt(), "assigned");
        }
        if (event instanceof CaseTransferred moved) {
            return new ChargeUnitCommand(moved.caseId(), moved.toUnitId(), moved.occurredAt(), "transferred");
        }
        if (event instanceof CaseReturned returned) {
            return new ChargeUnitCommand(returned.caseId(), null, returned.occurredAt(), "returned");
        }
        if (event instanceof CaseQueuedForTriage queued) {
            return new ChargeUnitCommand(queued.caseId(), null, queued.occurredAt(), "queued for triage");
        }
        return null;
    }
}
