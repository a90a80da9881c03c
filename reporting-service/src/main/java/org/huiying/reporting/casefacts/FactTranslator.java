package org.huiying.reporting.casefacts;

import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.AnswerPublished;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClassified;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseRated;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.ImplementationConfirmed;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.contracts.sla.CaseEscalated;
import org.huiying.contracts.sla.DeadlineMet;
import org.huiying.contracts.sla.DeadlineMissed;
import org.huiying.contracts.sla.EscalationWithdrawn;
import org.huiying.contracts.sla.ExtensionGranted;

import java.util.Optional;

/** Turns a contract event into the fact reporting keeps of it; events no figure depends on give none. */
final class FactTranslator {

    private FactTranslator() {
    }

    static Optional<CaseFact> factOf(IntegrationEvent event) {
        String id = event.eventId().toString();
        if (event instanceof CaseClassified e) {
            return Optional.of(new CaseFact(id, FactType.CLASSIFIED, e.occurredAt(), null, wire(e.kind()) + "/" + wire(e.severity())));
        }
        if (event instanceof CaseAcknowledged e) {
            return Optional.of(new CaseFact(id, FactType.ACKNOWLEDGED, e.occurredAt(), e.unitId(), null));
        }
        if (event instanceof AnswerPublished e) {
            return Optional.of(new CaseFact(id, FactType.ANSWERED, e.occurredAt(), e.unitId(), null));
        }
        if (event instanceof CaseRated e) {
            return Optional.of(new CaseFact(id, FactType.RATED, e.occurredAt(), e.unitId(), wire(e.satisfaction())));
        }
        if (event instanceof ImplementationConfirmed e) {
            return Optional.of(new CaseFact(id, FactType.IMPLEMENTED, e.occurredAt(), e.unitId(), null));
        }
        if (event instanceof CaseReopened e) {
            return Optional.of(new CaseFact(id, FactType.REOPENED, e.occurredAt(), null, null));
        }
        if (event instanceof CaseClosed e) {
            return Optional.of(new CaseFact(id, FactType.CLOSED, e.occurredAt(), null, null));
        }
        if (event instanceof CaseAssigned e) {
            return Optional.of(new CaseFact(id, FactType.ASSIGNED, e.occurredAt(), e.leadUnitId(), null));
        }
        if (event instanceof CaseTransferred e) {
            return Optional.of(new CaseFact(id, FactType.TRANSFERRED, e.occurredAt(), e.toUnitId(), null));
        }
        if (event instanceof CaseReturned e) {
            return Optional.of(new CaseFact(id, FactType.RETURNED, e.occurredAt(), e.unitId(), null));
        }
        if (event instanceof CaseQueuedForTriage e) {
            return Optional.of(new CaseFact(id, FactType.QUEUED, e.occurredAt(), null, null));
        }
        if (event instanceof DeadlineMet e) {
            return Optional.of(new CaseFact(id, FactType.DEADLINE_MET, e.occurredAt(), e.unitId(), wire(e.deadline()),
                    idOf(e.replaces())));
        }
        if (event instanceof DeadlineMissed e) {
            return Optional.of(new CaseFact(id, FactType.DEADLINE_MISSED, e.occurredAt(), e.unitId(),
                    wire(e.deadline()), idOf(e.replaces())));
        }
        if (event instanceof EscalationWithdrawn e) {
            return Optional.of(new CaseFact(id, FactType.ESCALATION_WITHDRAWN, e.occurredAt(), e.unitId(),
                    wire(e.step()), idOf(e.withdraws())));
        }
        if (event instanceof ExtensionGranted e) {
            return Optional.of(new CaseFact(id, FactType.EXTENDED, e.occurredAt(), e.unitId(), null));
        }
        if (event instanceof CaseEscalated e) {
            return Optional.of(new CaseFact(id, FactType.ESCALATED, e.occurredAt(), e.unitId(), wire(e.step())));
        }
        return Optional.empty();
    }

    private static String idOf(java.util.UUID id) {
        return id == null ? null : id.toString();
    }

    /** The enum's wire name (its {@code @JsonProperty}), e.g. {@code basically-satisfied}. */
    static String wire(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            var property = value.getDeclaringClass().getField(value.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return property != null ? property.value() : value.name().toLowerCase();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
