package org.huiying.sla.watermark;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads intake's source watermarks from the compacted {@code intake.watermarks.v1}, from its first record at every
 * start (the latest per source is all it keeps), and hands each to {@link SourceWatermarks} with the end offsets the
 * case-fact topics had when it arrived: the facts published before the watermark lie before those offsets.
 */
@Component
public class WatermarkListener implements ConsumerSeekAware {

    private static final List<String> FACT_TOPICS = List.of(Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS);

    private final EnvelopeCodec codec;
    private final SourceWatermarks watermarks;

    public WatermarkListener(EnvelopeCodec codec, SourceWatermarks watermarks) {
        this.codec = codec;
        this.watermarks = watermarks;
    }

    @KafkaListener(id = "sla-source-watermarks", topics = Topics.INTAKE_WATERMARKS)
    public void onMessage(ConsumerRecord<String, String> record, Consumer<?, ?> consumer) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        if (envelope.data() instanceof SourceWatermarkAdvanced advanced) {
            watermarks.offer(advanced.source(), advanced.watermark(), endOffsets(consumer));
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Consumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : FACT_TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return consumer.endOffsets(partitions);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }
}
