package org.huiying.sla.clock;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 按期/超期: the verdict on each of a case's deadlines (the response, and the answer of each round), a function of the
 * facts' own times: met when the reply came by its due time, missed when it came later, or when none is known and the
 * horizon (the source's watermark) has passed the due time. A verdict later facts prove wrong is replaced by a new one
 * naming it, never silently changed. A missed deadline is charged to the unit that held the case when it was due.
 */
class DeadlineVerdicts {

    private final CaseClock clock;
    private final Map<String, Verdict> standing = new HashMap<>();

    DeadlineVerdicts(CaseClock clock) {
        this.clock = clock;
    }

    /** Judges the response and the current answer round by the facts known, up to {@code horizon}. */
    void reconcile(Instant horizon) {
        Deadlines deadlines = clock.deadlines();
        judge(DeadlineKind.RESPONSE, 0, deadlines.responseDueAt(), clock.respondedAt(), clock.responderUnit(), false,
                horizon);
        clock.rounds().forEach((round, roundDeadlines) -> {
            boolean current = round == deadlines.answerRound();
            judge(DeadlineKind.ANSWER, round, roundDeadlines.answerDueAt(), clock.answeredAt(round),
                    clock.answererUnit(round), current && clock.isPaused(), horizon);
        });
    }

    private void judge(DeadlineKind kind, int round, Instant dueAt, Instant doneAt, String doneBy, boolean paused,
                       Instant horizon) {
        Instant closedAt = clock.closedAt();
        Verdict expected;
        if (doneAt != null) {
            expected = doneAt.isAfter(dueAt) ? Verdict.missed(clock.unitAt(dueAt), dueAt)
                    : Verdict.met(doneBy, dueAt);
        } else if (!paused && !dueAt.isAfter(horizon) && (closedAt == null || !closedAt.isBefore(dueAt))) {
            expected = Verdict.missed(clock.unitAt(dueAt), dueAt);
        } else {
            return; // not due yet by what is known
        }
        Verdict current = standing.get(key(kind, round));
        if (expected.sameAs(current)) {
            return;
        }
        Replaced replaces = current == null ? null : new Replaced(current.eventId(), current.missed(),
                current.dueAt());
        if (expected.missed()) {
            apply(new DeadlineMissedEvent(clock.caseId(), expected.unitId(), kind, round, dueAt, dueAt, replaces));
        } else {
            apply(new DeadlineMetEvent(clock.caseId(), expected.unitId(), kind, round, dueAt, doneAt, replaces));
        }
    }

    /** The verdicts standing, as {@code KIND:round:missed} or {@code KIND:round:met}. */
    Set<String> keys() {
        return standing.entrySet().stream()
                .map(e -> e.getKey() + ":" + (e.getValue().missed() ? "missed" : "met"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String key(DeadlineKind kind, int round) {
        return kind + ":" + round;
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event, @MessageIdentifier String eventId) {
        if (event.deadline() == DeadlineKind.PROGRESS) {
            return; // written by stores that counted each missed progress update as a verdict
        }
        standing.put(key(event.deadline(), event.round()), new Verdict(eventId, true, event.unitId(),
                event.dueAt()));
    }

    @EventSourcingHandler
    void on(DeadlineMetEvent event, @MessageIdentifier String eventId) {
        standing.put(key(event.deadline(), event.round()), new Verdict(eventId, false, event.unitId(),
                event.dueAt()));
    }

    /** A verdict standing on one deadline. */
    private record Verdict(String eventId, boolean missed, String unitId, Instant dueAt) {

        static Verdict missed(String unitId, Instant dueAt) {
            return new Verdict(null, true, unitId, dueAt);
        }

        static Verdict met(String unitId, Instant dueAt) {
            return new Verdict(null, false, unitId, dueAt);
        }

        boolean sameAs(Verdict other) {
            return other != null && missed == other.missed && Objects.equals(unitId, other.unitId)
                    && dueAt.equals(other.dueAt);
        }
    }
}
