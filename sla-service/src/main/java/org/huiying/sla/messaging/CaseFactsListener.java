package org.huiying.sla.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.AfterThePoll;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.apache.kafka.common.TopicPartition;
import org.huiying.sla.watermark.CaseFactPositions;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Feeds each case's clock from intake's and routing's facts, in whatever order the two topics deliver them. A fact
 * about a case whose post never arrived (an acknowledgement without a clock) changes nothing.
 */
@Component
public class CaseFactsListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(CaseFactsListener.class);

    private final EnvelopeCodec codec;
    private final CommandGateway commands;
    private final CaseFactPositions positions;

    public CaseFactsListener(EnvelopeCodec codec, CommandGateway commands, CaseFactPositions positions) {
        this.codec = codec;
        this.commands = commands;
        this.positions = positions;
    }

    @KafkaListener(id = "sla-case-facts", topics = {Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS})
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        Object command = CaseFactCommands.commandFor(envelope.data());
        if (command != null) {
            try {
                commands.sendAndWait(command, CommandMetaData.causedBy(envelope));
            } catch (AggregateNotFoundException e) {
                log.warn("{} for case {} before its post: nothing to stop", envelope.type(), envelope.subject());
            }
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        AfterThePoll.run(() -> positions.processed(partition, record.offset()));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.assigned(assignments);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        positions.revoked(partitions);
    }
}
