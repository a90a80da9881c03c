package org.huiying.reporting.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.reporting.casefacts.CaseFactsProjector;
import org.huiying.reporting.casefacts.FigureChanges;
import org.huiying.reporting.units.UnitNames;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds reporting's read models from the other services' topics. */
@Component
public class ReportingListeners {

    private final EnvelopeCodec codec;
    private final CaseFactsProjector caseFacts;
    private final UnitNames units;
    private final FigureChanges changes;

    public ReportingListeners(EnvelopeCodec codec, CaseFactsProjector caseFacts, UnitNames units,
                              FigureChanges changes) {
        this.codec = codec;
        this.caseFacts = caseFacts;
        this.units = units;
        this.changes = changes;
    }

    /** One thread by default; more (one per group of partitions) are safe: each case is folded under its own lock. */
    @KafkaListener(id = "reporting-case-facts",
            topics = {Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS, Topics.SLA_DEADLINES,
                    Topics.SLA_EXTENSIONS, Topics.SLA_ESCALATIONS},
            concurrency = "${huiying.reporting.listener-concurrency:1}")
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        caseFacts.apply(codec.decode(record.value()).data());
    }

    @KafkaListener(id = "reporting-units", topics = Topics.ROUTING_UNITS)
    public void onUnit(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        if (envelope.data() instanceof UnitUpdated unit) {
            units.update(unit);
            changes.changed();
        }
    }
}
