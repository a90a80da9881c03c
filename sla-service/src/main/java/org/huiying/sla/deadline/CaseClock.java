package org.huiying.sla.deadline;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case's deadlines and whom they are charged to. The post (from intake) and the assignment (from routing) arrive
 * on different topics in either order; both orders end in the same deadlines and the same unit.
 */
@Aggregate(cache = "aggregateCache")
public class CaseClock {

    @AggregateIdentifier
    private String caseId;
    private Instant postedAt;
    private String unitId;
    private Instant unitChargedAt;
    private Instant responseDueAt;
    private Instant answerDueAt;
    private String policy;
    private String policyVersion;
    private final Set<DeadlineKind> missed = EnumSet.noneOf(DeadlineKind.class);

    protected CaseClock() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartCaseClockCommand command, DeadlineCalculator deadlines) {
        if (postedAt != null) {
            return;
        }
        apply(new CaseClockStartedEvent(command.caseId(), command.postedAt(), unitId, deadlines.policy().name(),
                deadlines.policy().version(), deadlines.responseDue(command.postedAt()),
                deadlines.answerDue(command.postedAt()), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChargeUnitCommand command) {
        boolean sameUnit = command.unitId().equals(unitId);
        boolean older = unitChargedAt != null && !command.decidedAt().isAfter(unitChargedAt);
        if (sameUnit || older) {
            return;
        }
        apply(new UnitChargedEvent(command.caseId(), command.unitId(), policy, policyVersion, responseDueAt,
                answerDueAt, command.decidedAt()));
    }

    @CommandHandler
    public void handle(RecordDeadlineMissedCommand command) {
        Instant dueAt = command.deadline() == DeadlineKind.RESPONSE ? responseDueAt : answerDueAt;
        if (dueAt == null || missed.contains(command.deadline()) || command.at().isBefore(dueAt)) {
            return;
        }
        apply(new DeadlineMissedEvent(caseId, unitId, command.deadline(), dueAt, command.at()));
    }

    @EventSourcingHandler
    void on(CaseClockStartedEvent event) {
        caseId = event.caseId();
        postedAt = event.postedAt();
        responseDueAt = event.responseDueAt();
        answerDueAt = event.answerDueAt();
        policy = event.policy();
        policyVersion = event.policyVersion();
    }

    @EventSourcingHandler
    void on(UnitChargedEvent event) {
        caseId = event.caseId();
        unitId = event.unitId();
        unitChargedAt = event.at();
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event) {
        missed.add(event.deadline());
    }
}
