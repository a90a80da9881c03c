package org.huiying.intake.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.AnswerPublished;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClassified;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseRated;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.FollowUpAdded;
import org.huiying.contracts.intake.ImplementationConfirmed;
import org.huiying.contracts.intake.InformationRequested;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.intake.ProgressReported;
import org.huiying.intake.cases.PostReceivedEvent;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.inquiry.InformationRequestedEvent;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseRatedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.outcome.ImplementationConfirmedEvent;
import org.huiying.intake.cases.reply.CaseAcknowledgedEvent;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.huiying.intake.cases.reply.ProgressReportedEvent;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What of the Case aggregate's events other services see on {@code intake.cases.v1}. Never the netizen's handle;
 * drafts, approvals, replies of others and the local copy of the assignment stay inside intake.
 */
@Component
public class IntakeEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        UUID id = UUID.fromString(message.getIdentifier());
        Object payload = message.getPayload();
        if (payload instanceof PostReceivedEvent e) {
            return Optional.of(new PostReceived(id, e.receivedAt(), e.caseId(), e.source(), e.postId(),
                    e.threadId(), e.url(), e.board(), e.title(), e.body(), e.postedAt(), e.scrapedAt(), e.channel()));
        }
        if (payload instanceof FollowUpAddedEvent e) {
            return Optional.of(new FollowUpAdded(id, e.receivedAt(), e.caseId(), e.postId(), e.body(),
                    e.postedAt()));
        }
        if (payload instanceof CaseClassifiedEvent e) {
            return Optional.of(new CaseClassified(id, e.classifiedAt(), e.caseId(), e.kind(),
                    e.severity(), e.decidedBy(), e.reason()));
        }
        if (payload instanceof CaseAcknowledgedEvent e) {
            return Optional.of(new CaseAcknowledged(id, e.acknowledgedAt(), e.caseId(), e.unitId(),
                    e.channel()));
        }
        if (payload instanceof ProgressReportedEvent e) {
            return Optional.of(new ProgressReported(id, e.reportedAt(), e.caseId(), e.unitId(),
                    e.channel(), e.summary()));
        }
        if (payload instanceof InformationRequestedEvent e) {
            return Optional.of(new InformationRequested(id, e.requestedAt(), e.caseId(), e.unitId(), e.channel(),
                    e.text()));
        }
        if (payload instanceof AnswerPublishedEvent e) {
            return Optional.of(new AnswerPublished(id, e.publishedAt(), e.caseId(), e.unitId(),
                    e.approvedBy(), e.channel()));
        }
        if (payload instanceof CaseRatedEvent e) {
            return Optional.of(new CaseRated(id, e.ratedAt(), e.caseId(), e.unitId(), e.satisfaction(),
                    e.resolutionScore(), e.attitudeScore(), e.speedScore(), e.channel()));
        }
        if (payload instanceof ImplementationConfirmedEvent e) {
            return Optional.of(new ImplementationConfirmed(id, e.confirmedAt(), e.caseId(),
                    e.unitId(), e.confirmedBy()));
        }
        if (payload instanceof CaseReopenedEvent e) {
            return Optional.of(new CaseReopened(id, e.reopenedAt(), e.caseId(), e.reason()));
        }
        if (payload instanceof CaseClosedEvent e) {
            return Optional.of(new CaseClosed(id, e.closedAt(), e.caseId(), e.reason()));
        }
        return Optional.empty();
    }
}
