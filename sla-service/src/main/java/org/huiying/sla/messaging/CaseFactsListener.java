package org.huiying.sla.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds each case's clock from intake's and routing's facts, in whatever order the two topics deliver them. A fact
 * about a case whose post never arrived (an acknowledgement without a clock) changes nothing.
 */
@Component
public class CaseFactsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseFactsListener.class);

    private final EnvelopeCodec codec;
    private final CommandGateway commands;

    public CaseFactsListener(EnvelopeCodec codec, CommandGateway commands) {
        this.codec = codec;
        this.commands = commands;
    }

    @KafkaListener(id = "sla-case-facts", topics = {Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS})
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        Object command = CaseFactCommands.commandFor(envelope.data());
        if (command == null) {
            return;
        }
        try {
            commands.sendAndWait(command, CommandMetaData.causedBy(envelope));
        } catch (AggregateNotFoundException e) {
            log.warn("{} for case {} before its post: nothing to stop", envelope.type(), envelope.subject());
        }
    }
}
