package org.huiying.support.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.CaseReopened;

import java.util.Optional;
import java.util.UUID;

/** A small service's internal events, and the translator that shows one of them to the other services. */
final class RelayFixture {

    static final String AGGREGATE_TYPE = "Case";

    private RelayFixture() {
    }

    /** Internal event that other services see as {@link CaseReopened}. */
    record CaseReopenedInternally(String caseId, String reason) {
    }

    /** Internal event that never leaves the service. */
    record CaseNoteAdded(String caseId, String note) {
    }

    static DomainEventMessage<CaseReopenedInternally> reopened(String caseId, long sequence, String reason) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, caseId, sequence,
                new CaseReopenedInternally(caseId, reason));
    }

    static DomainEventMessage<CaseNoteAdded> noteAdded(String caseId, long sequence, String note) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, caseId, sequence, new CaseNoteAdded(caseId, note));
    }

    static Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        if (message.getPayload() instanceof CaseReopenedInternally event) {
            return Optional.of(new CaseReopened(UUID.fromString(message.getIdentifier()), message.getTimestamp(),
                    event.caseId(), event.reason()));
        }
        return Optional.empty();
    }

    /** A case id no other test of the run uses, since all tests share one topic. */
    static String newCaseId(String thread) {
        return "anji-bbs:" + thread + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
