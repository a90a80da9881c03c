package org.huiying.intake.closure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.intake.cases.CasePolicy;
import org.huiying.intake.cases.outcome.CloseCaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Closes, on the injected clock, every answered case nobody rated within the quiet period after its answer. */
@Component
public class QuietCaseSweeper {

    private static final Logger log = LoggerFactory.getLogger(QuietCaseSweeper.class);
    static final String REASON = "quiet-period";

    private final AwaitingClosure awaiting;
    private final CommandGateway commands;
    private final CasePolicy policy;
    private final Clock clock;

    public QuietCaseSweeper(AwaitingClosure awaiting, CommandGateway commands, CasePolicy policy, Clock clock) {
        this.awaiting = awaiting;
        this.commands = commands;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.cases.sweep-interval:PT1M}", initialDelayString = "PT1S")
    public void sweep() {
        Instant now = clock.instant();
        for (AwaitingClosure.AnsweredCase answered : awaiting.all()) {
            if (!now.isBefore(answered.answeredAt().plus(policy.quietPeriod()))) {
                try {
                    commands.sendAndWait(new CloseCaseCommand(answered.caseId(), REASON, now));
                } catch (RuntimeException e) {
                    log.warn("Case {} not closed this time: {}", answered.caseId(), e.toString());
                }
            }
        }
    }
}
