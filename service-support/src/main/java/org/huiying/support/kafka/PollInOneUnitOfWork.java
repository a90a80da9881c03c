package org.huiying.support.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.huiying.support.mongo.DurablePoint;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.adapter.BatchToRecordAdapter;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.messaging.Message;

import java.util.List;

/**
 * Hands the records of one poll to the record listener one by one inside Axon units of work of up to
 * {@code recordsPerUnit} records each, so that the commands they cause append their events to the store in one write
 * instead of one write each and the read models write in bulk, then makes the service's writes durable once, before
 * the container commits the poll's offsets. (Axon looks through the events staged in a unit of work each time it loads
 * an aggregate, so a unit of a few dozen records costs nothing noticeable, one of a thousand would.)
 * <p>
 * A record that cannot be read goes to its dead-letter topic and the others go on. Any other failure stores what the
 * records before it caused and hands the failing record to the error handler, which retries from it. A command
 * refused halfway through leaves the events of the records before it staged; Axon reads an aggregate with its staged
 * events, so the next command on it sees them.
 */
public class PollInOneUnitOfWork<K, V> implements BatchToRecordAdapter<K, V> {

    private final ConsumerRecordRecoverer deadLetters;
    private final DurablePoint durable;
    private final int recordsPerUnit;

    public PollInOneUnitOfWork(ConsumerRecordRecoverer deadLetters, DurablePoint durable, int recordsPerUnit) {
        this.deadLetters = deadLetters;
        this.durable = durable;
        this.recordsPerUnit = recordsPerUnit;
    }

    @Override
    public void adapt(List<Message<?>> messages, List<ConsumerRecord<K, V>> records, Acknowledgment ack,
                      Consumer<?, ?> consumer, Callback<K, V> callback) {
        UnitOfWork<?> poll = DefaultUnitOfWork.startAndGet(null);
        try {
            for (int i = 0; i < records.size(); i++) {
                try {
                    callback.invoke(records.get(i), ack, consumer, messages.get(i));
                } catch (RuntimeException failure) {
                    if (!KafkaMessagingConfiguration.causedBy(failure, UnreadableMessageException.class)) {
                        commit(poll);
                        throw new BatchListenerFailedException("record failed: " + failure.getMessage(), failure,
                                records.get(i));
                    }
                    deadLetters.accept(records.get(i), failure);
                }
                if ((i + 1) % recordsPerUnit == 0 && i + 1 < records.size()) {
                    poll.commit();
                    poll = DefaultUnitOfWork.startAndGet(null);
                }
            }
            commit(poll);
        } catch (RuntimeException | Error failure) {
            if (poll.isActive() && poll.isCurrent()) {
                poll.rollback(failure);
            }
            throw failure;
        }
    }

    private void commit(UnitOfWork<?> poll) {
        poll.commit();
        durable.await();
    }
}
