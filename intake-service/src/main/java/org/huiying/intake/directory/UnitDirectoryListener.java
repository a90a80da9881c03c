package org.huiying.intake.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.Topics;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.intake.cases.reply.AttributeRepliesCommand;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps intake's copy of the unit directory, and credits replies an account wrote before its registration was
 * known here. Idempotent: an entry applied again changes nothing; a case attributed again emits nothing.
 */
@Component
public class UnitDirectoryListener {

    private final EnvelopeCodec codec;
    private final RegisteredAccounts accounts;
    private final UnattributedReplies unattributed;
    private final CommandGateway commands;

    public UnitDirectoryListener(EnvelopeCodec codec, RegisteredAccounts accounts, UnattributedReplies unattributed,
                                 CommandGateway commands) {
        this.codec = codec;
        this.accounts = accounts;
        this.unattributed = unattributed;
        this.commands = commands;
    }

    @KafkaListener(id = "intake-units", topics = Topics.ROUTING_UNITS)
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<?> envelope = codec.decode(record.value());
        if (!(envelope.data() instanceof UnitUpdated unit)) {
            return;
        }
        for (ForumAccount account : accounts.apply(unit)) {
            if (!accounts.unitOf(account.source(), account.handle()).map(unit.unitId()::equals).orElse(false)) {
                continue;
            }
            for (String caseId : unattributed.casesOf(account.source(), account.handle())) {
                commands.sendAndWait(new AttributeRepliesCommand(caseId, account.source(), account.handle(),
                        unit.unitId()), CommandMetaData.causedBy(envelope));
            }
            unattributed.forget(account.source(), account.handle());
        }
    }
}
