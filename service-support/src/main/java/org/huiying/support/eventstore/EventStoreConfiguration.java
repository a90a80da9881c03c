package org.huiying.support.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.mongo.MongoConfiguration;
import org.huiying.support.mongo.MongoProperties;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.huiying.support.relay.PendingAggregates;
import org.huiying.support.relay.PublishedPositions;
import org.huiying.support.relay.RelayLease;
import org.huiying.support.relay.RelayProperties;
import org.huiying.support.relay.StoredEventRelay;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;

/**
 * Axon on MongoDB without Axon Server: the event store (exact-key reads, pending markers for the relay), an
 * aggregate cache, and the relay as the single source of every event processor, so nothing ever tails the store.
 * Active in services that declare an {@link IntegrationEventTranslator}.
 */
@AutoConfiguration
@AutoConfigureAfter(MongoConfiguration.class)
@AutoConfigureBefore(name = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnBean(IntegrationEventTranslator.class)
@EnableConfigurationProperties(RelayProperties.class)
public class EventStoreConfiguration {

    @Bean
    public PendingAggregates pendingAggregates(MongoDatabase serviceDatabase, Clock clock) {
        return new PendingAggregates(serviceDatabase, clock);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoClient client, MongoProperties mongo,
                                                 PendingAggregates pending,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer) {
        MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, mongo.database()).build())
                .storageStrategy(new KeyProbingStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build();
        return new MarkingEventStorageEngine(store, pending);
    }

    @Bean
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public StoredEventRelay storedEventRelay(EventStorageEngine eventStorageEngine, PendingAggregates pending,
                                             MongoDatabase serviceDatabase, IntegrationEventTranslator translator,
                                             KafkaTemplate<String, String> kafka, EnvelopeCodec codec,
                                             @Value("${spring.application.name}") String service,
                                             RelayProperties properties, Clock clock, MeterRegistry meters) {
        RelayLease lease = new RelayLease(serviceDatabase, ManagementFactory.getRuntimeMXBean().getName(),
                properties.leaseDuration(), clock);
        StoredEventRelay relay = new StoredEventRelay(eventStorageEngine, pending,
                new PublishedPositions(serviceDatabase), lease, translator, kafka, codec, service, properties, clock,
                meters);
        if (eventStorageEngine instanceof MarkingEventStorageEngine marking) {
            marking.afterAppend(relay::wakeUp);
        }
        return relay;
    }

    @Bean
    public ConfigurerModule relayAsEventSource(StoredEventRelay relay) {
        return configurer -> configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .configureDefaultSubscribableMessageSource(c -> relay)
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Carries the cause of a command (a Kafka event, or the signed-in user) onto the events it produces. */
    @Bean
    public CorrelationDataProvider causationCorrelation() {
        return new SimpleCorrelationDataProvider(CommandMetaData.CAUSATION_ID, CommandMetaData.CORRELATION_ID,
                CommandMetaData.ACTOR);
    }
}
