package org.huiying.sla.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.sla.CaseEscalated;
import org.huiying.contracts.sla.DeadlineMet;
import org.huiying.contracts.sla.DeadlineMissed;
import org.huiying.contracts.sla.DeadlinesSet;
import org.huiying.contracts.sla.ExtensionGranted;
import org.huiying.contracts.sla.ExtensionRefused;
import org.huiying.contracts.sla.EscalationWithdrawn;
import org.huiying.contracts.sla.ProgressUpdatesMissed;
import org.huiying.sla.clock.CaseEscalatedEvent;
import org.huiying.sla.clock.DeadlineMetEvent;
import org.huiying.sla.clock.DeadlineMissedEvent;
import org.huiying.sla.clock.DeadlinesSetEvent;
import org.huiying.sla.clock.ExtensionGrantedEvent;
import org.huiying.sla.clock.ExtensionRefusedEvent;
import org.huiying.sla.clock.EscalationWithdrawnEvent;
import org.huiying.sla.clock.ProgressFigureChangedEvent;
import org.huiying.sla.clock.ProgressFigureChangedEvent.ProgressFigure;
import org.huiying.sla.clock.Replaced;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What of the CaseClock's events other services see: deadlines set, met and missed on {@code sla.deadlines.v1},
 * extensions on {@code sla.extensions.v1}, ladder steps on {@code sla.escalations.v1}.
 */
@Component
public class SlaEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        UUID id = UUID.fromString(message.getIdentifier());
        Object payload = message.getPayload();
        if (payload instanceof DeadlinesSetEvent e) {
            return Optional.of(new DeadlinesSet(id, e.at(), e.caseId(), e.unitId(), e.deadlines().policy(),
                    e.deadlines().policyVersion(), e.deadlines().responseDueAt(), e.deadlines().answerDueAt(),
                    e.reason()));
        }
        if (payload instanceof DeadlineMetEvent e) {
            return Optional.of(new DeadlineMet(id, e.metAt(), e.caseId(), e.unitId(), e.deadline(), e.dueAt(),
                    e.metAt(), e.round(), replaced(e.replaces())));
        }
        if (payload instanceof DeadlineMissedEvent e) {
            return Optional.of(new DeadlineMissed(id, e.at(), e.caseId(), e.unitId(), e.deadline(), e.dueAt(),
                    e.round(), replaced(e.replaces())));
        }
        if (payload instanceof EscalationWithdrawnEvent e) {
            return Optional.of(new EscalationWithdrawn(id, e.cause().at(), e.caseId(), e.unitId(), e.step(),
                    e.deadline(), e.round(), e.dueAt(), UUID.fromString(e.withdraws()), e.reason(), e.cause().type(),
                    e.cause().at()));
        }
        if (payload instanceof ProgressFigureChangedEvent e) {
            ProgressFigure figure = e.figure();
            return Optional.of(new ProgressUpdatesMissed(id, e.at(), e.caseId(), e.round(), figure.count(),
                    figure.firstDueAt(), figure.lastDueAt(), figure.nextDueAt(), figure.byUnitMonth().stream()
                    .map(c -> new ProgressUpdatesMissed.UnitMonthCount(c.unitId(), c.month(), c.count())).toList()));
        }
        if (payload instanceof ExtensionGrantedEvent e) {
            return Optional.of(new ExtensionGranted(id, e.at(), e.caseId(), e.unitId(), e.explanation(),
                    e.previousDueAt(), e.newDueAt()));
        }
        if (payload instanceof ExtensionRefusedEvent e) {
            return Optional.of(new ExtensionRefused(id, e.at(), e.caseId(), e.unitId(), e.explanation(),
                    e.requestedDueAt(), e.reason()));
        }
        if (payload instanceof CaseEscalatedEvent e) {
            return Optional.of(new CaseEscalated(id, e.at(), e.caseId(), e.unitId(), e.step(), e.ruleId(),
                    e.dueAt(), e.deadline()));
        }
        return Optional.empty();
    }

    private static UUID replaced(Replaced replaces) {
        return replaces == null ? null : UUID.fromString(replaces.eventId());
    }
}
