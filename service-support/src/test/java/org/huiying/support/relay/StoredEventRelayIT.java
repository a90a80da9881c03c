package org.huiying.support.relay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.support.eventstore.KeyProbingStorageStrategy;
import org.huiying.support.eventstore.MarkingEventStorageEngine;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.relay.RelayFixture.CaseNoteAdded;
import org.huiying.support.relay.RelayFixture.CaseReopenedInternally;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiying.support.relay.RelayFixture.newCaseId;
import static org.huiying.support.relay.RelayFixture.noteAdded;
import static org.huiying.support.relay.RelayFixture.reopened;

/** The relay with its real parts: the Mongo event store on the Mongo-protocol server, and a KRaft broker. */
class StoredEventRelayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.systemUTC();

    private static EmbeddedKafkaKraftBroker kafka;
    private static InProcessMongo mongo;
    private static MongoClient client;

    private final EnvelopeCodec codec = new EnvelopeCodec(Json.newMapper());
    private final List<EventMessage<?>> delivered = new CopyOnWriteArrayList<>();
    private DefaultKafkaProducerFactory<String, String> producers;
    private MongoDatabase database;
    private PendingAggregates pending;
    private MarkingEventStorageEngine storage;
    private StoredEventRelay relay;
    private TopicProbe cases;

    @BeforeAll
    static void startInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1, Topics.INTAKE_CASES);
        kafka.afterPropertiesSet();
        mongo = InProcessMongo.start();
        client = MongoClients.create(mongo.uri());
    }

    @AfterAll
    static void stopInfrastructure() {
        client.close();
        mongo.stop();
        kafka.destroy();
    }

    @BeforeEach
    void buildRelay() {
        String databaseName = "relay-" + UUID.randomUUID();
        database = client.getDatabase(databaseName);
        pending = new PendingAggregates(database, CLOCK);
        MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build())
                .storageStrategy(new KeyProbingStorageStrategy())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
        storage = new MarkingEventStorageEngine(store, pending);
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        relay = relayTo(producers);
        cases = new TopicProbe(kafka.getBrokersAsString(), Topics.INTAKE_CASES);
    }

    @AfterEach
    void closeClients() {
        cases.close();
        producers.destroy();
    }

    @Test
    void shouldPublishEachCasesEventsInOrderKeyedByCaseWhenPendingEventsAreRelayed() {
        // given
        String first = newCaseId("t-88021");
        String second = newCaseId("t-88022");
        List<DomainEventMessage<?>> firstEvents = List.of(reopened(first, 0, "网民不满意，重办"),
                reopened(first, 1, "答复未落实，再次重办"), reopened(first, 2, "路灯仍未修好"));
        DomainEventMessage<?> secondEvent = reopened(second, 0, "回复内容与诉求不符");
        storage.appendEvents(List.of(firstEvents.get(0), secondEvent));
        storage.appendEvents(firstEvents.subList(1, 3));

        // when
        int count = relay.relayPending();

        // then
        assertThat(count).isEqualTo(4);
        List<ConsumerRecord<String, String>> firstRecords = awaitRecords(first, 3);
        assertThat(eventIdsOf(firstRecords)).containsExactly(idOf(firstEvents.get(0)), idOf(firstEvents.get(1)),
                idOf(firstEvents.get(2)));
        assertThat(reasonsOf(firstRecords)).containsExactly("网民不满意，重办", "答复未落实，再次重办", "路灯仍未修好");
        assertThat(eventIdsOf(awaitRecords(second, 1))).containsExactly(idOf(secondEvent));
    }

    @Test
    void shouldHandTheSameEventsToLocalSubscribersWhenPendingEventsAreRelayed() {
        // given
        String caseId = newCaseId("t-88023");
        storage.appendEvents(List.of(reopened(caseId, 0, "网民不满意，重办"), noteAdded(caseId, 1, "已电话联系网民")));

        // when
        relay.relayPending();

        // then
        assertThat(delivered.stream().<Object>map(EventMessage::getPayload).toList())
                .containsExactly(new CaseReopenedInternally(caseId, "网民不满意，重办"),
                        new CaseNoteAdded(caseId, "已电话联系网民"));
        assertThat(eventIdsOf(awaitRecords(caseId, 1)))
                .containsExactly(UUID.fromString(delivered.get(0).getIdentifier()));
    }

    @Test
    void shouldClearThePendingMarkersWhenEverythingIsRelayed() {
        // given
        storage.appendEvents(List.of(reopened(newCaseId("t-88024"), 0, "网民不满意，重办"),
                reopened(newCaseId("t-88025"), 0, "回复内容与诉求不符")));
        assertThat(pendingMarkers()).isEqualTo(2);

        // when
        relay.relayPending();

        // then
        assertThat(pendingMarkers()).isZero();
    }

    @Test
    void shouldKeepOnlyTheMarkerOfAnAppendStillUnderWayWhenTheOthersInTheBatchAreRelayed() {
        // given one case whose next append has begun and not ended, among cases that are settled
        String busy = newCaseId("t-88032");
        storage.appendEvents(List.of(reopened(busy, 0, "网民不满意，重办")));
        List<String> settled = List.of(newCaseId("t-88033"), newCaseId("t-88034"), newCaseId("t-88035"));
        settled.forEach(caseId -> storage.appendEvents(List.of(reopened(caseId, 0, "回复内容与诉求不符"))));
        pending.beginAppend(Set.of(busy));

        // when
        int count = relay.relayPending();

        // then every stored event went out, and only the busy case is still marked
        assertThat(count).isEqualTo(4);
        assertThat(database.getCollection(PendingAggregates.COLLECTION).find().map(doc -> doc.getString("_id"))
                .into(new ArrayList<>())).containsExactly(busy);
        pending.endAppend(Set.of(busy));
        assertThat(relay.relayPending()).isZero();
        assertThat(pendingMarkers()).isZero();
        settled.forEach(caseId -> assertThat(awaitRecords(caseId, 1)).hasSize(1));
    }

    @Test
    void shouldDeliverTheOtherCasesAndKeepOnlyTheFailingOnePendingWhenAProjectionFailsOnOneCase() {
        // given a projection that cannot handle one case's events
        String failing = newCaseId("t-88036");
        List<String> healthy = List.of(newCaseId("t-88037"), newCaseId("t-88038"));
        storage.appendEvents(List.of(reopened(failing, 0, "无法处理的事件")));
        healthy.forEach(caseId -> storage.appendEvents(List.of(reopened(caseId, 0, "回复内容与诉求不符"))));
        List<EventMessage<?>> projected = new CopyOnWriteArrayList<>();
        StoredEventRelay guarded = relayTo(producers);
        guarded.subscribe(events -> {
            if (events.stream().anyMatch(event -> failing.equals(((DomainEventMessage<?>) event).getAggregateIdentifier()))) {
                throw new IllegalStateException("projection failed on " + failing);
            }
            projected.addAll(events);
        });

        // when
        assertThatThrownBy(guarded::relayPending).hasMessageContaining(failing);

        // then the healthy cases went through, and only the failing one waits to be delivered again
        assertThat(projected).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .containsExactlyInAnyOrderElementsOf(healthy);
        assertThat(database.getCollection(PendingAggregates.COLLECTION).find().map(doc -> doc.getString("_id"))
                .into(new ArrayList<>())).containsExactly(failing);
    }

    @Test
    void shouldParkAPoisonAggregateWithItsReasonAfterThreeFailedDeliveriesAndDeliverItOnceReleased() {
        // given a projection that cannot handle one case's events, and a healthy case beside it
        String poison = newCaseId("t-88039");
        String healthy = newCaseId("t-88040");
        storage.appendEvents(List.of(reopened(poison, 0, "年份为300000000年的帖子")));
        storage.appendEvents(List.of(reopened(healthy, 0, "回复内容与诉求不符")));
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean(true);
        StoredEventRelay guarded = relayTo(producers);
        List<String> projected = new CopyOnWriteArrayList<>();
        guarded.subscribe(events -> {
            if (broken.get() && events.stream()
                    .anyMatch(event -> poison.equals(((DomainEventMessage<?>) event).getAggregateIdentifier()))) {
                throw new IllegalStateException("year out of range on " + poison);
            }
            events.forEach(event -> projected.add(((DomainEventMessage<?>) event).getAggregateIdentifier()));
        });
        ParkedAggregates parked = new ParkedAggregates(database, pending, CLOCK);

        // when the relay keeps trying
        assertThatThrownBy(guarded::relayPending).hasMessageContaining(poison);
        assertThatThrownBy(guarded::relayPending).hasMessageContaining(poison);
        guarded.relayPending(); // the third failure parks it and the cycle succeeds

        // then it is parked with its reason, out of the pending list, and the healthy case went through
        assertThat(parked.list()).singleElement().satisfies(p -> {
            assertThat(p.aggregateId()).isEqualTo(poison);
            assertThat(p.reason()).contains("year out of range");
            assertThat(p.attempts()).isEqualTo(3);
        });
        assertThat(database.getCollection(PendingAggregates.COLLECTION).countDocuments()).isZero();
        assertThat(guarded.relayPending()).isZero();
        assertThat(projected).containsExactly(healthy);

        // when the cause is fixed and the office releases it
        broken.set(false);
        assertThat(parked.release(poison)).isTrue();
        guarded.relayPending();

        // then its events are delivered, once
        assertThat(parked.list()).isEmpty();
        assertThat(projected).containsExactly(healthy, poison);
    }

    @Test
    void shouldPublishNothingNewWhenNothingWasAppendedSinceTheLastCycle() {
        // given
        String caseId = newCaseId("t-88026");
        storage.appendEvents(List.of(reopened(caseId, 0, "网民不满意，重办")));
        relay.relayPending();
        delivered.clear();

        // when
        int again = relay.relayPending();

        // then
        assertThat(again).isZero();
        assertThat(delivered).isEmpty();
        // a later event is the next record of the case: nothing was sent in between
        storage.appendEvents(List.of(reopened(caseId, 1, "再次重办")));
        relay.relayPending();
        assertThat(reasonsOf(awaitRecords(caseId, 2))).containsExactly("网民不满意，重办", "再次重办");
    }

    @Test
    void shouldPublishTheSameEventsAgainWhenTheRelayStoppedBeforeSavingItsPosition() {
        // given
        String caseId = newCaseId("t-88027");
        storage.appendEvents(List.of(reopened(caseId, 0, "网民不满意，重办"), reopened(caseId, 1, "再次重办")));
        relay.relayPending();
        List<UUID> firstDelivery = eventIdsOf(awaitRecords(caseId, 2));
        forgetPositionAndMarkPending(caseId);

        // when
        int count = relay.relayPending();

        // then
        assertThat(count).isEqualTo(2);
        List<UUID> everything = eventIdsOf(awaitRecords(caseId, 4));
        assertThat(everything.subList(2, 4)).isEqualTo(firstDelivery);
        assertThat(pendingMarkers()).isZero();
    }

    @Test
    void shouldLoadEveryEventInOrderWhenAnAggregateIsReadByKeyProbing() {
        // given
        String caseId = newCaseId("t-88028");
        storage.appendEvents(List.of(reopened(caseId, 0, "一"), noteAdded(caseId, 1, "二"), reopened(caseId, 2, "三")));
        storage.appendEvents(List.of(reopened(caseId, 3, "四"), noteAdded(caseId, 4, "五")));
        storage.appendEvents(List.of(reopened(newCaseId("t-88029"), 0, "别的案件")));

        // when
        List<DomainEventMessage<?>> all = read(caseId, 0);
        List<DomainEventMessage<?>> fromThird = read(caseId, 2);

        // then
        assertThat(all).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(all).extracting(DomainEventMessage::getAggregateIdentifier).containsOnly(caseId);
        assertThat(all.get(4).getPayload()).isEqualTo(new CaseNoteAdded(caseId, "五"));
        assertThat(fromThird).extracting(DomainEventMessage::getSequenceNumber).containsExactly(2L, 3L, 4L);
        assertThat(read(caseId, 5)).isEmpty();
    }

    @Test
    void shouldKeepTheEventsPendingWhenKafkaDoesNotConfirmThem() {
        // given
        String caseId = newCaseId("t-88030");
        storage.appendEvents(List.of(reopened(caseId, 0, "网民不满意，重办")));
        DefaultKafkaProducerFactory<String, String> unreachable = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        StoredEventRelay failing = relayTo(unreachable);

        // when
        try {
            assertThatThrownBy(failing::relayPending).isInstanceOf(RuntimeException.class);
        } finally {
            unreachable.destroy();
        }

        // then
        assertThat(delivered).isEmpty();
        assertThat(pendingMarkers()).isEqualTo(1);
        assertThat(relay.relayPending()).isEqualTo(1);
        assertThat(reasonsOf(awaitRecords(caseId, 1))).containsExactly("网民不满意，重办");
    }

    @Test
    void shouldLoadEveryEventWhenAnAggregateHasMoreEventsThanOneReadBatch() {
        // given more events than the storage engine fetches at once
        String caseId = newCaseId("t-88031");
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < 230; sequence++) {
            events.add(noteAdded(caseId, sequence, "第" + (sequence + 1) + "次跟帖"));
        }
        storage.appendEvents(events);

        // when
        List<DomainEventMessage<?>> all = read(caseId, 0);

        // then
        assertThat(all).hasSize(230);
        assertThat(all).extracting(DomainEventMessage::getSequenceNumber)
                .isEqualTo(LongStream.range(0, 230).boxed().toList());
        assertThat(all.get(229).getPayload()).isEqualTo(new CaseNoteAdded(caseId, "第230次跟帖"));
    }

    private StoredEventRelay relayTo(DefaultKafkaProducerFactory<String, String> producerFactory) {
        StoredEventRelay built = new StoredEventRelay(storage, pending, new ParkedAggregates(database, pending, CLOCK),
                new PublishedPositions(database),
                new RelayLease(database, "relay-it", Duration.ofSeconds(10), CLOCK), RelayFixture::translate,
                new KafkaTemplate<>(producerFactory), codec, "intake-service",
                new RelayProperties(null, 0, null, null, 3), CLOCK, new SimpleMeterRegistry());
        built.subscribe(delivered::addAll);
        return built;
    }

    /** What a crash after the Kafka send and before the position write leaves behind. */
    private void forgetPositionAndMarkPending(String caseId) {
        database.getCollection(PublishedPositions.COLLECTION).deleteOne(Filters.eq("_id", caseId));
        pending.beginAppend(Set.of(caseId));
        pending.endAppend(Set.of(caseId));
    }

    private long pendingMarkers() {
        return database.getCollection(PendingAggregates.COLLECTION).countDocuments();
    }

    private List<DomainEventMessage<?>> read(String caseId, long from) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        storage.readEvents(caseId, from).forEachRemaining(events::add);
        return events;
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String caseId, int count) {
        org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> cases.all(record -> caseId.equals(record.key())).size() >= count);
        return cases.all(record -> caseId.equals(record.key()));
    }

    private List<UUID> eventIdsOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> codec.decode(record.value()))
                .peek(envelope -> assertThat(envelope.id()).isEqualTo(envelope.data().eventId()))
                .map(EventEnvelope::id).toList();
    }

    private List<String> reasonsOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> codec.decode(record.value()).data())
                .map(event -> ((CaseReopened) event).reason()).toList();
    }

    private static UUID idOf(DomainEventMessage<?> event) {
        return UUID.fromString(event.getIdentifier());
    }
}
