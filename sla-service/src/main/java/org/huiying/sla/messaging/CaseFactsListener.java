package org.huiying.sla.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.sla.deadline.ChargeUnitCommand;
import org.huiying.sla.deadline.StartCaseClockCommand;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Starts each case's clocks when the post arrives and charges them to the unit routing names. */
@Component
public class CaseFactsListener {

    private final EnvelopeCodec codec;
    private final CommandGateway commands;

    public CaseFactsListener(EnvelopeCodec codec, CommandGateway commands) {
        this.codec = codec;
        this.commands = commands;
    }

    @KafkaListener(id = "sla-case-facts", topics = {Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS})
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        Object command = commandFor(envelope.data());
        if (command != null) {
            commands.sendAndWait(command, CommandMetaData.causedBy(envelope));
        }
    }

    private static Object commandFor(IntegrationEvent event) {
        if (event instanceof PostReceived post) {
            return new StartCaseClockCommand(post.caseId(), post.postedAt(), post.occurredAt());
        }
        if (event instanceof CaseAssigned assigned) {
            return new ChargeUnitCommand(assigned.caseId(), assigned.leadUnitId(), assigned.occurredAt());
        }
        if (event instanceof CaseTransferred transferred) {
            return new ChargeUnitCommand(transferred.caseId(), transferred.toUnitId(), transferred.occurredAt());
        }
        return null;
    }
}
