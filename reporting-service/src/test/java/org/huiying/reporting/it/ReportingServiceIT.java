package org.huiying.reporting.it;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.EventType;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.test.InProcessMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * reporting-service on a real embedded KRaft broker and the in-process Mongo-protocol server; the tests publish the
 * other services' events themselves. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=reporting-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "huiying.reporting.gauges.refresh-interval=PT0.5S", "huiying.reporting.gauges.period=2025"})
@AutoConfigureObservability
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS,
        Topics.ROUTING_UNITS, Topics.SLA_DEADLINES, Topics.SLA_EXTENSIONS, Topics.SLA_ESCALATIONS})
abstract class ReportingServiceIT {

    static final InProcessMongo mongo = InProcessMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("huiying.mongo.uri", mongo::uri);
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Autowired
    WebTestClient web;

    @Autowired
    EnvelopeCodec codec;

    KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    void publish(List<? extends IntegrationEvent> events) {
        try {
            for (IntegrationEvent event : events) {
                EventType type = EventType.of(event.getClass());
                String producerName = type.topic().startsWith("intake") ? "intake-service"
                        : type.topic().startsWith("routing") ? "routing-service" : "sla-service";
                producer.send(new ProducerRecord<>(type.topic(), event.key(),
                        codec.encode(EventEnvelope.wrap(event, producerName, event.occurredAt(), null, null)))).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
