package org.huiying.intake.assignment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.intake.cases.reply.RecordAssignmentCommand;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps on each case who answers it, as routing decides: the case needs it to tell whose reply is a response and
 * which unit may act on it. A decision older than the one recorded is ignored by the case.
 */
@Component
public class AssignmentListener {

    private static final Logger log = LoggerFactory.getLogger(AssignmentListener.class);

    private final EnvelopeCodec codec;
    private final CommandGateway commands;

    public AssignmentListener(EnvelopeCodec codec, CommandGateway commands) {
        this.codec = codec;
        this.commands = commands;
    }

    @KafkaListener(id = "intake-assignments", topics = Topics.ROUTING_ASSIGNMENTS)
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        RecordAssignmentCommand command = toCommand(envelope.data());
        if (command == null) {
            return;
        }
        try {
            commands.sendAndWait(command, CommandMetaData.causedBy(envelope));
        } catch (AggregateNotFoundException e) {
            // routing decides only on cases intake published; anything else is not ours to keep
            log.warn("Assignment of unknown case {} ignored", command.caseId());
        }
    }

    private static RecordAssignmentCommand toCommand(IntegrationEvent event) {
        if (event instanceof CaseAssigned assigned) {
            return new RecordAssignmentCommand(assigned.caseId(), "assigned", assigned.leadUnitId(),
                    assigned.coUnitIds(), assigned.occurredAt());
        }
        if (event instanceof CaseTransferred transferred) {
            return new RecordAssignmentCommand(transferred.caseId(), "assigned", transferred.toUnitId(),
                    transferred.coUnitIds(), transferred.occurredAt());
        }
        if (event instanceof CaseQueuedForTriage queued) {
            return new RecordAssignmentCommand(queued.caseId(), "awaiting-triage", null, List.of(),
                    queued.occurredAt());
        }
        if (event instanceof CaseReturned returned) {
            return new RecordAssignmentCommand(returned.caseId(), "returned", null, List.of(), returned.occurredAt());
        }
        return null;
    }
}
