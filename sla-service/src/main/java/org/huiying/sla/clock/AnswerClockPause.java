package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 请网民补充: the answer clock of a case pauses while the netizen is asked for information the unit needs (when the
 * policy says so), until the netizen posts again in the thread, the cap is reached, or the answer comes — whichever is
 * first. The paused time is then added to the answer deadline. The cap and the kind of time are fixed when the pause
 * starts, so a later policy change never rewrites a pause.
 */
class AnswerClockPause {

    private final CaseClock clock;
    private AnswerClockPausedEvent open;

    AnswerClockPause(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    void handle(PauseAnswerClockCommand command, DeadlinePlanner planner) {
        Deadlines deadlines = clock.deadlines();
        if (!clock.answerClockRuns() || open != null || !planner.policy().pauseForInformation()) {
            return; // no clock to pause, already paused, or the policy does not pause
        }
        AnswerPause last = deadlines.pauses().isEmpty() ? null : deadlines.pauses().get(deadlines.pauses().size() - 1);
        boolean seenAlready = last != null && !command.at().isAfter(last.resumedAt());
        if (seenAlready || !command.at().isAfter(deadlines.answerStartedAt())
                || !command.at().isBefore(deadlines.answerDueAt())) {
            return; // a request delivered again, of an earlier round, or after the deadline had passed
        }
        apply(new AnswerClockPausedEvent(clock.caseId(), command.unitId(), deadlines.answerRound(), command.at(),
                planner.pauseCapEndsAt(command.at()), planner.policy().answerWindowFor(clock.severity()).kind(),
                planner.policy().version()));
        clock.reconcile(planner, new Cause("information-requested", command.at()));
    }

    @CommandHandler
    void handle(ResumeAnswerClockCommand command, DeadlinePlanner planner) {
        if (open == null || !clock.answerClockRuns() || command.at().isBefore(open.pausedAt())) {
            return; // nothing paused, or a post written before the question
        }
        endBy(command.at(), planner, "netizen followed up 网民已补充");
        clock.reconcile(planner, new Cause("follow-up-added", command.at()));
    }

    boolean isOpen() {
        return open != null;
    }

    /** When a sweep must look again to end the pause at its cap (null when not paused). */
    Instant capEndsAt() {
        return open == null ? null : open.capEndsAt();
    }

    /** Ends the pause at the cap if the cap has come by {@code now}. */
    void endIfCapped(Instant now, DeadlinePlanner planner) {
        if (open != null && !open.capEndsAt().isAfter(now)) {
            endBy(now, planner, "pause cap reached 补充期限已满");
        }
    }

    /** Ends the pause at {@code at}, or at its cap if that came first, and moves the answer deadline. */
    void endBy(Instant at, DeadlinePlanner planner, String reason) {
        if (open == null) {
            return;
        }
        Instant end = at.isBefore(open.capEndsAt()) ? at : open.capEndsAt();
        boolean capped = end.equals(open.capEndsAt());
        AnswerPause pause = new AnswerPause(open.pausedAt(), end, planner.paused(open.pausedAt(), end, open.kind()),
                open.kind(), capped);
        String why = capped ? "pause cap reached 补充期限已满" : reason;
        apply(new AnswerClockResumedEvent(clock.caseId(), open.round(), pause, why));
        if (!pause.paused().isZero()) {
            apply(new DeadlinesSetEvent(clock.caseId(), clock.currentUnit(), clock.postedAt(), clock.severity(),
                    planner.resumed(clock.deadlines(), pause),
                    "answer clock resumed after " + pause.paused() + " paused for information: " + why, end));
        }
    }

    @EventSourcingHandler
    void on(AnswerClockPausedEvent event) {
        open = event;
    }

    @EventSourcingHandler
    void on(AnswerClockResumedEvent event) {
        open = null;
    }
}
