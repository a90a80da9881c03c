package org.huiying.sla.watermark;

import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the case-facts listener has read each partition it is assigned: the offset of the next record it will
 * process. A source's watermark becomes effective only once every partition has been read up to where it stood when
 * the watermark arrived, so no fact published before it is still on its way.
 */
@Component
public class CaseFactPositions {

    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

    public void assigned(Map<TopicPartition, Long> assignments) {
        positions.putAll(assignments);
    }

    public void revoked(Iterable<TopicPartition> partitions) {
        partitions.forEach(positions::remove);
    }

    public void processed(TopicPartition partition, long offset) {
        positions.merge(partition, offset + 1, Math::max);
    }

    /** Every partition this instance reads has been read at least as far as {@code ends} says. */
    public boolean reached(Map<TopicPartition, Long> ends) {
        if (positions.isEmpty()) {
            return false;
        }
        return ends.entrySet().stream().allMatch(end -> {
            Long position = positions.get(end.getKey());
            return position == null || position >= end.getValue();
        });
    }
}
