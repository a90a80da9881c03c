package org.huiying.sla.deadline;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.sla.backlog.BacklogGauges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Looks at the open cases on the injected clock and records every deadline that has passed, once. After downtime
 * the first sweep catches up; each missed deadline keeps its original due time.
 */
@Component
public class DeadlineSweeper {

    private final OpenDeadlines open;
    private final CommandGateway commands;
    private final BacklogGauges backlog;
    private final Clock clock;

    public DeadlineSweeper(OpenDeadlines open, CommandGateway commands, BacklogGauges backlog, Clock clock) {
        this.open = open;
        this.commands = commands;
        this.backlog = backlog;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.sla.sweep-interval:PT30S}", initialDelayString = "PT1S")
    public void sweep() {
        Instant now = clock.instant();
        for (OpenDeadlines.OpenCase openCase : open.all()) {
            if (isPassed(openCase.responseDueAt(), now) && !openCase.responseMissed()) {
                commands.sendAndWait(new RecordDeadlineMissedCommand(openCase.caseId(), DeadlineKind.RESPONSE, now));
            }
            if (isPassed(openCase.answerDueAt(), now) && !openCase.answerMissed()) {
                commands.sendAndWait(new RecordDeadlineMissedCommand(openCase.caseId(), DeadlineKind.ANSWER, now));
            }
        }
        backlog.refresh();
    }

    private static boolean isPassed(Instant dueAt, Instant now) {
        return dueAt != null && !now.isBefore(dueAt);
    }
}
