package org.huiying.intake.assignment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.intake.cases.CaseSummaryRepository;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Shows on each case which unit answers it, as routing decides. */
@Component
public class AssignmentListener {

    private final EnvelopeCodec codec;
    private final CaseSummaryRepository summaries;

    public AssignmentListener(EnvelopeCodec codec, CaseSummaryRepository summaries) {
        this.codec = codec;
        this.summaries = summaries;
    }

    @KafkaListener(id = "intake-assignments", topics = Topics.ROUTING_ASSIGNMENTS)
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        IntegrationEvent event = envelope.data();
        if (event instanceof CaseAssigned assigned) {
            summaries.recordAssignment(assigned.caseId(), "assigned", assigned.leadUnitId(), assigned.coUnitIds(),
                    assigned.occurredAt());
        } else if (event instanceof CaseTransferred transferred) {
            summaries.recordAssignment(transferred.caseId(), "assigned", transferred.toUnitId(),
                    transferred.coUnitIds(), transferred.occurredAt());
        } else if (event instanceof CaseQueuedForTriage queued) {
            summaries.recordAssignment(queued.caseId(), "awaiting-triage", null, List.of(), queued.occurredAt());
        }
    }
}
