package org.huiying.intake.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.inquiry.InformationRequestedEvent;
import org.huiying.intake.cases.inquiry.RequestInformationCommand;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 请网民补充情况: the lead unit's public request for information the netizen left out. One request is open at a time;
 * the netizen's next post in the thread (a follow-up posted after the request) answers it.
 */
class CaseInquiry {

    private final Case root;
    private Instant openSince;

    CaseInquiry(Case root) {
        this.root = root;
    }

    @CommandHandler
    void handle(RequestInformationCommand command) {
        root.requireOpen();
        root.requireLead(command.unitId());
        if (root.answer().isAnswered()) {
            throw CaseRules.conflict(CaseRules.INFORMATION_BEFORE_ANSWER, "Case " + root.caseId()
                    + " is already answered; there is nothing left to ask 案件已答复，无需再请网民补充");
        }
        if (!root.isAcknowledged()) {
            throw CaseRules.conflict(CaseRules.INFORMATION_AFTER_ACKNOWLEDGEMENT, "Case " + root.caseId()
                    + " must be acknowledged before the netizen is asked for information 请先在线响应");
        }
        if (openSince != null) {
            throw CaseRules.conflict(CaseRules.INFORMATION_REQUEST_OPEN, "The netizen was already asked at "
                    + openSince + " and has not followed up yet 已请网民补充，尚待网民回复");
        }
        if (command.text() == null || command.text().isBlank()) {
            throw CaseRules.unprocessable(CaseRules.INFORMATION_TEXT_REQUIRED,
                    "Say publicly what the netizen should add 须公开说明需补充的内容");
        }
        apply(new InformationRequestedEvent(root.caseId(), command.unitId(), Channel.API, command.requestedBy(),
                command.text().strip(), command.requestedAt()));
    }

    @EventSourcingHandler
    void on(InformationRequestedEvent event) {
        openSince = event.requestedAt();
    }

    @EventSourcingHandler
    void on(FollowUpAddedEvent event) {
        if (openSince != null && !event.postedAt().isBefore(openSince)) {
            openSince = null;
        }
    }

    @EventSourcingHandler
    void on(AnswerPublishedEvent event) {
        openSince = null;
    }
}
