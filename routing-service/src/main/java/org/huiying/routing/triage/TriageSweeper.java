package org.huiying.routing.triage;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.routing.assignment.AssignmentPolicy;
import org.huiying.routing.assignment.FlagProblemCaseCommand;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Looks at the triage queue on the injected clock and flags every case that has waited without a lead unit longer
 * than the policy allows (提级督办). The aggregate flags a case once; the queue is small, so listing it is cheap.
 */
@Component
public class TriageSweeper {

    private final TriageQueue queue;
    private final CommandGateway commands;
    private final AssignmentPolicy policy;
    private final Clock clock;

    public TriageSweeper(TriageQueue queue, CommandGateway commands, AssignmentPolicy policy, Clock clock) {
        this.queue = queue;
        this.commands = commands;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.routing.sweep-interval:PT1M}", initialDelayString = "PT5S")
    public void sweep() {
        Instant now = clock.instant();
        for (TriageEntry entry : queue.waiting()) {
            if (!entry.problem() && policy.waitedTooLong(entry.queuedAt(), now)) {
                commands.sendAndWait(new FlagProblemCaseCommand(entry.caseId(), now));
            }
        }
    }
}
