package org.huiying.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Publishes simulated forum posts to {@code scraper.posts.v1} the way a scraper would (scraper contract v1): an
 * opening post at a steady rate, and each planned reply when its delay has passed.
 */
public final class ForumSimulator implements AutoCloseable {

    public static final String TOPIC = Topics.SCRAPER_POSTS;

    private final Producer<String, String> producer;
    private final PostGenerator generator;
    private final long intervalMillis;
    private final Consumer<String> listener;
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forum-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong postsSent = new AtomicLong();
    private final AtomicLong repliesSent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param postsPerMinute opening posts per minute
     * @param listener       receives one human-readable line per published message and per failure
     */
    public ForumSimulator(Producer<String, String> producer, PostGenerator generator, double postsPerMinute,
                          Consumer<String> listener) {
        if (!(postsPerMinute > 0)) {
            throw new IllegalArgumentException("postsPerMinute must be positive");
        }
        this.producer = producer;
        this.generator = generator;
        this.intervalMillis = Math.max(1, Math.round(60_000 / postsPerMinute));
        this.listener = listener;
    }

    /** A producer for a local broker: acknowledged by the broker, idempotent, keys and values as UTF-8 strings. */
    public static Producer<String, String> kafkaProducer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "huiying-forum-simulator",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Starts publishing: the first post after one second, then one every {@code 60 / postsPerMinute} seconds. */
    public void start() {
        scheduler.scheduleAtFixedRate(this::publishNextThreadSafely, 1_000, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Publishes the next opening post now and schedules its reply, if one is planned. */
    public PostGenerator.DemoThread publishNextThread() {
        PostGenerator.DemoThread thread = generator.nextThread();
        ForumPost opening = thread.opening();
        publish(opening);
        postsSent.incrementAndGet();
        listener.accept(String.format("  demo post   %s | %s | %s", opening.kafkaKey(), opening.board(),
                opening.title()));
        thread.reply().ifPresent(reply -> scheduler.schedule(() -> publishReply(opening, reply),
                reply.delay().toMillis(), TimeUnit.MILLISECONDS));
        return thread;
    }

    public long postsSent() {
        return postsSent.get();
    }

    public long repliesSent() {
        return repliesSent.get();
    }

    public long failures() {
        return failures.get();
    }

    /** Stops publishing (replies not yet due are dropped) and closes the producer after sending what is queued. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    private void publishNextThreadSafely() {
        try {
            publishNextThread();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            listener.accept("  demo: cannot publish a post: " + e);
        }
    }

    private void publishReply(ForumPost opening, PostGenerator.PlannedReply reply) {
        try {
            ForumPost post = generator.replyPost(opening, reply);
            publish(post);
            repliesSent.incrementAndGet();
            listener.accept(String.format("  demo reply  %s | %s", post.kafkaKey(), post.author()));
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            listener.accept("  demo: cannot publish a reply: " + e);
        }
    }

    private void publish(ForumPost post) {
        String value;
        try {
            value = json.writeValueAsString(post);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a post as JSON", e);
        }
        producer.send(new ProducerRecord<>(TOPIC, post.kafkaKey(), value), (metadata, error) -> {
            if (error != null) {
                failures.incrementAndGet();
                listener.accept("  demo: Kafka refused " + post.postId() + ": " + error.getMessage());
            }
        });
    }
}
