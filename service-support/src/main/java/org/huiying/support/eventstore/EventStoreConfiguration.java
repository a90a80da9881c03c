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
import org.huiying.support.mongo.DurablePoint;
import org.huiying.support.mongo.MongoConfiguration;
import org.huiying.support.mongo.MongoProperties;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.huiying.support.relay.PendingAggregates;
import org.huiying.support.relay.PublishedPositions;
import org.huiying.support.relay.RelayLease;
import org.huiying.support.relay.RelayProperties;
import org.huiying.support.relay.ParkedAggregates;
import org.huiying.support.relay.RelayParkingController;
import org.huiying.support.relay.StoredEventRelay;
import io.micrometer.core.instrument.Gauge;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import java.util.List;
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
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(eventDatabase(client, mongo)).build())
                .storageStrategy(new KeyProbingStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build();
        return new MarkingEventStorageEngine(store, pending);
    }

    /** Appends are answered only once journaled: a command's events survive a crash once its sender is answered. */
    private static MongoDatabase eventDatabase(MongoClient client, MongoProperties mongo) {
        MongoDatabase database = client.getDatabase(mongo.database());
        return database.withWriteConcern(DurablePoint.journaled(database.getWriteConcern()));
    }

    @Bean
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public ParkedAggregates parkedAggregates(MongoDatabase serviceDatabase, PendingAggregates pending, Clock clock,
                                             MeterRegistry meters) {
        ParkedAggregates parked = new ParkedAggregates(serviceDatabase, pending, clock);
        Gauge.builder("huiying.relay.parked.aggregates", parked, ParkedAggregates::count)
                .description("Aggregates whose events the relay parked after repeated failed deliveries").register(meters);
        return parked;
    }

    @Bean
    public RelayParkingController relayParkingController(ParkedAggregates parked) {
        return new RelayParkingController(parked);
    }

    @Bean("relay")
    public HealthIndicator relayHealth(ParkedAggregates parked) {
        return () -> {
            List<ParkedAggregates.Parked> all = parked.list();
            Health.Builder health = Health.up().withDetail("parked", all.size());
            if (!all.isEmpty()) {
                health.withDetail("warning", all.size() + " aggregate(s) parked after failed deliveries 事件投递失败已暂停: "
                        + all.stream().limit(10).map(p -> p.aggregateId() + " (" + p.reason() + ")").toList()
                        + "; GET /api/admin/relay/parked lists them, POST …/{aggregateId}/release retries one");
            }
            return health.build();
        };
    }

    @Bean
    public StoredEventRelay storedEventRelay(EventStorageEngine eventStorageEngine, PendingAggregates pending,
                                             ParkedAggregates parked,
                                             MongoDatabase serviceDatabase, IntegrationEventTranslator translator,
                                             KafkaTemplate<String, String> kafka, EnvelopeCodec codec,
                                             @Value("${spring.application.name}") String service,
                                             RelayProperties properties, Clock clock, MeterRegistry meters) {
        RelayLease lease = new RelayLease(serviceDatabase, ManagementFactory.getRuntimeMXBean().getName(),
                properties.leaseDuration(), clock);
        StoredEventRelay relay = new StoredEventRelay(eventStorageEngine, pending, parked,
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
