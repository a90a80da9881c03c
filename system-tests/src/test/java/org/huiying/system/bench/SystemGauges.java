package org.huiying.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the benchmark reads off the running system: stored events, reporting's counts, consumer lag, memory. */
final class SystemGauges implements AutoCloseable {

    private final BenchSystem system;
    private final MongoClient mongo;
    private final Admin admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    SystemGauges(BenchSystem system, String mongoUri) {
        this.system = system;
        this.mongo = MongoClients.create(mongoUri);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers()));
    }

    /** Stored events per service, from the collection sizes (cheap: no scan). */
    Map<String, Long> estimatedEvents() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : BenchSystem.EVENT_SOURCED) {
            counts.put(service, mongo.getDatabase(BenchSystem.DATABASES.get(service)).getCollection("domainevents")
                    .estimatedDocumentCount());
        }
        return counts;
    }

    /** Stored events per service, counted document by document ({@code countDocuments}: a scan on this server). */
    Map<String, Long> countedEvents() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : BenchSystem.EVENT_SOURCED) {
            counts.put(service, mongo.getDatabase(BenchSystem.DATABASES.get(service))
                    .getCollection("domainevents", Document.class).countDocuments());
        }
        return counts;
    }

    /** Aggregates each event-sourced service's relay has yet to publish (its {@code relay_pending} markers). */
    Map<String, Long> relayBacklog() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : BenchSystem.EVENT_SOURCED) {
            counts.put(service, mongo.getDatabase(BenchSystem.DATABASES.get(service)).getCollection("relay_pending")
                    .estimatedDocumentCount());
        }
        return counts;
    }

    /** Events each service's relay has published to Kafka since it started (its Micrometer counter). */
    Map<String, Long> relayPublished() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : BenchSystem.EVENT_SOURCED) {
            double published = -1;
            try {
                Counter counter = system.context(service).getBean(MeterRegistry.class)
                        .find("huiying.relay.published.events").counter();
                published = counter == null ? -1 : counter.count();
            } catch (RuntimeException e) {
                // no registry or no such counter: shown as -1
            }
            counts.put(service, (long) published);
        }
        return counts;
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Sum of {@code received} over every unit in reporting's {@code GET /api/units}. */
    long receivedInReporting() {
        JsonNode units = get("reporting-service", "/api/units");
        long received = 0;
        for (JsonNode unit : units) {
            received += unit.path("received").asLong();
        }
        return received;
    }

    int unitsKnownToReporting() {
        return get("reporting-service", "/api/units").size();
    }

    /** {@code received} of one unit from {@code GET /api/units/{unit}/summary}, -1 while reporting does not know it. */
    long receivedBy(String unit) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(system.baseUrl("reporting-service") + "/api/units/" + unit + "/summary"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return -1;
            }
            return json.readTree(response.body()).path("received").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String service, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(system.baseUrl(service) + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Records each consumer group has yet to process, over every topic it reads (dead-letter topics left out). The
     * services' groups are their listener ids ({@code scraped-posts}, {@code routing-intake-cases}, …).
     */
    Map<String, Long> consumerLag() {
        Map<String, Long> lag = new TreeMap<>();
        try {
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).sorted().toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                List<String> topics = committed.keySet().stream().map(TopicPartition::topic)
                        .filter(topic -> !topic.endsWith(".dlt")).distinct().toList();
                if (topics.isEmpty()) {
                    continue;
                }
                // every partition of the topics the group reads, also those it has not committed on yet
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()
                        .forEach(topic -> topic.partitions().forEach(p -> latest.put(
                                new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(10, TimeUnit.SECONDS);
                long behind = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    behind += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
                }
                lag.put(group, behind);
            }
        } catch (Exception e) {
            lag.put("error: " + e.getClass().getSimpleName(), -1L);
        }
        return lag;
    }

    static String brief(Map<String, Long> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey().replace("-service", "") + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** This JVM's resident set size in MB, from /proc (Linux), -1 elsewhere. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static long heapMaxMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        mongo.close();
    }
}
