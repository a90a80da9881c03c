package org.huiying.sla.clock;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The ladder steps standing on a case (预警/催办/督办/通报/上报), at most one per step, deadline and answer round, each
 * charged to the unit holding the case at its due time. {@link #reconcile} makes the standing steps equal to what the
 * facts say up to the horizon: a step that should stand and does not is fired with its own due time; one that stands
 * but should not (the reply came in time after all, another unit held the case, the deadline moved) is withdrawn with
 * the fact that showed it. Earlier answer rounds are judged the same way, against their own deadlines.
 */
class Escalations {

    private final CaseClock clock;
    private final Map<String, Fired> standing = new HashMap<>();
    private Instant latestDueAt;

    Escalations(CaseClock clock) {
        this.clock = clock;
    }

    /** Fires and withdraws steps until the standing ones are those of {@code rungs} that stand by {@code horizon}. */
    List<EscalationStep> reconcile(List<LadderStep> rungs, Predicate<LadderStep> stands, Instant horizon,
                                   Cause cause) {
        Map<String, LadderStep> expected = rungs.stream()
                .filter(step -> !step.dueAt().isAfter(horizon) && stands.test(step))
                .collect(Collectors.toMap(LadderStep::key, step -> step));
        for (Fired fired : List.copyOf(standing.values())) {
            LadderStep step = expected.get(fired.key());
            if (step == null || !step.dueAt().equals(fired.dueAt())
                    || !Objects.equals(clock.unitAt(step.dueAt()), fired.unitId())) {
                withdraw(fired, step, rungs, cause);
            }
        }
        List<EscalationStep> firedNow = new ArrayList<>();
        expected.values().stream().filter(step -> !standing.containsKey(step.key()))
                .sorted(Comparator.comparing(LadderStep::dueAt).thenComparing(LadderStep::step))
                .forEach(step -> {
                    apply(new CaseEscalatedEvent(clock.caseId(), clock.unitAt(step.dueAt()), step.step(),
                            step.deadline(), step.round(), step.ruleId(), step.dueAt(), step.dueAt()));
                    firedNow.add(step.step());
                });
        return firedNow;
    }

    /** The earliest due time after {@code horizon} of a step that stands by the facts and has not fired. */
    static Instant next(List<LadderStep> rungs, Predicate<LadderStep> stands, Instant horizon) {
        return rungs.stream().filter(step -> step.dueAt().isAfter(horizon) && stands.test(step))
                .map(LadderStep::dueAt).min(Comparator.naturalOrder()).orElse(null);
    }

    private void withdraw(Fired fired, LadderStep expected, List<LadderStep> rungs, Cause cause) {
        apply(new EscalationWithdrawnEvent(clock.caseId(), fired.unitId(), fired.step(), fired.deadline(),
                fired.round(), fired.dueAt(), fired.eventId(), reason(fired, expected, rungs), cause));
    }

    private String reason(Fired fired, LadderStep expected, List<LadderStep> rungs) {
        if (expected != null && !expected.dueAt().equals(fired.dueAt())) {
            return "deadline moved to " + expected.dueAt() + " 期限已变更";
        }
        if (expected != null) {
            return "the case was held by " + unitName(clock.unitAt(expected.dueAt())) + " at " + fired.dueAt()
                    + " 责任单位更正";
        }
        Instant closedAt = clock.closedAt();
        if (closedAt != null && closedAt.isBefore(fired.dueAt())) {
            return "case closed at " + closedAt + ", before the due time " + fired.dueAt() + " 到期前已办结";
        }
        Instant done = fired.deadline() == DeadlineKind.RESPONSE ? clock.respondedAt()
                : clock.answeredAt(fired.round());
        if (done != null && !done.isAfter(fired.dueAt())) {
            return fired.deadline() == DeadlineKind.RESPONSE
                    ? "response given at " + done + ", by the due time " + fired.dueAt() + " 已按时响应"
                    : "answer published at " + done + ", by the due time " + fired.dueAt() + " 已按时答复";
        }
        boolean stillARung = rungs.stream().anyMatch(step -> step.key().equals(fired.key()));
        if (!stillARung) {
            return clock.isPaused() ? "answer clock paused for information 暂停计时"
                    : "extension granted before the due time 已延期";
        }
        return "no longer due by what is known";
    }

    private static String unitName(String unitId) {
        return unitId == null ? "the office (unassigned)" : unitId;
    }

    /** The latest due time of any step fired: the case's clock has been judged at least that far. */
    Instant latestDueAt() {
        return latestDueAt;
    }

    Set<String> keys() {
        return Set.copyOf(standing.keySet());
    }

    @EventSourcingHandler
    void on(CaseEscalatedEvent event, @MessageIdentifier String eventId) {
        Fired fired = new Fired(eventId, event.step(), event.deadline(), event.round(), event.unitId(),
                event.dueAt());
        standing.put(fired.key(), fired);
        if (latestDueAt == null || event.dueAt().isAfter(latestDueAt)) {
            latestDueAt = event.dueAt();
        }
    }

    @EventSourcingHandler
    void on(EscalationWithdrawnEvent event) {
        standing.values().removeIf(fired -> fired.eventId().equals(event.withdraws()));
    }

    /** A step standing on the case, with the id of the event that fired it. */
    record Fired(String eventId, EscalationStep step, DeadlineKind deadline, int round, String unitId,
                 Instant dueAt) {

        String key() {
            return LadderStep.key(step, deadline, round);
        }
    }
}
