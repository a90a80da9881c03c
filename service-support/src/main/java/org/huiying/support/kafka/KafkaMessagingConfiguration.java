package org.huiying.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.huiying.contracts.Topics;
import org.huiying.support.json.Json;
import org.springframework.beans.factory.annotation.Value;
import org.huiying.support.mongo.DurablePoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;

/**
 * Kafka error handling shared by every consumer: a record that cannot be read goes straight to
 * {@code <topic>.dlt} with the reason in a header and the consumer goes on; any other failure is retried with
 * back-off first (a database hiccup should not dead-letter good data).
 */
@AutoConfiguration
@AutoConfigureBefore(KafkaAutoConfiguration.class)
public class KafkaMessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaMessagingConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec(Json.newMapper());
    }

    @Bean
    public TopicFactory topicFactory(@Value("${huiying.kafka.partitions:3}") int partitions,
                                     @Value("${huiying.kafka.replication-factor:1}") int replicas) {
        return new TopicFactory(partitions, replicas);
    }

    /** Sends a record to {@code <topic>.dlt} with the reason and the consumer in headers. */
    @Bean
    public ConsumerRecordRecoverer deadLetters(KafkaTemplate<Object, Object> template, MeterRegistry meters,
                                               @Value("${spring.application.name}") String service) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, ex) -> {
            Counter.builder("huiying.kafka.dead.letters")
                    .description("Records sent to a dead-letter topic")
                    .tag("topic", record.topic())
                    .register(meters).increment();
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(DeadLetterHeaders.REASON, reasonOf(ex).getBytes(StandardCharsets.UTF_8)));
            headers.add(new RecordHeader(DeadLetterHeaders.CONSUMER, service.getBytes(StandardCharsets.UTF_8)));
            return headers;
        });
        return skippingWhatCannotBeDeadLettered(recoverer);
    }

    @Bean
    public DefaultErrorHandler deadLetteringErrorHandler(ConsumerRecordRecoverer deadLetters,
                                                         @Value("${huiying.kafka.retry-max-elapsed:PT60S}")
                                                         java.time.Duration retryMaxElapsed) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(retryMaxElapsed.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(UnreadableMessageException.class);
        // an unreadable record is dead-lettered and the ones fetched after it are handled as they are, not fetched
        // again: a burst of bad records costs one dead-letter send each, not one broker round trip each
        handler.setSeekAfterError(false);
        return handler;
    }

    /**
     * Boot's container factory, with each poll's records handled in one unit of work and made durable once before
     * the offsets are committed ({@link PollInOneUnitOfWork}); the listeners still take one record at a time.
     */
    @Bean
    public ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ConsumerRecordRecoverer deadLetters, DurablePoint durable,
            @Value("${huiying.kafka.records-per-unit-of-work:50}") int recordsPerUnit) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setBatchToRecordAdapter(new PollInOneUnitOfWork<>(deadLetters, durable, recordsPerUnit));
        return factory;
    }

    /**
     * A record the dead-letter topic refuses (too large once the reason headers are added) is logged and skipped:
     * retrying it could only fail the same way, forever, and hold up its partition.
     */
    private static ConsumerRecordRecoverer skippingWhatCannotBeDeadLettered(DeadLetterPublishingRecoverer recoverer) {
        return (record, exception) -> {
            try {
                recoverer.accept(record, exception);
            } catch (RuntimeException failed) {
                if (!causedBy(failed, RecordTooLargeException.class)) {
                    throw failed;
                }
                log.error("Record {}-{}@{} (key {}) could not be read ({}) and is too large for {}: skipped",
                        record.topic(), record.partition(), record.offset(), record.key(), reasonOf(exception),
                        Topics.deadLetterOf(record.topic()));
            }
        };
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String reasonOf(Exception ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && !(cause instanceof UnreadableMessageException)) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
