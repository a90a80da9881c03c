package org.huiying.demo;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure {@code scraper.posts.v1} exists before the simulator publishes (the broker does not create topics
 * on first use). The services create their topics at start-up; this waits for that, and only creates the topic
 * itself (3 partitions) if it is still missing after the wait.
 */
public final class ScraperTopic {

    public static final int FALLBACK_PARTITIONS = 3;

    private ScraperTopic() {
    }

    /** @return true if the topic had to be created here */
    public static boolean awaitOrCreate(String bootstrapServers, Duration wait) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "huiying-forum-simulator-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Instant deadline = Instant.now().plus(wait);
            while (true) {
                if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(ForumSimulator.TOPIC)) {
                    return false;
                }
                if (Instant.now().isAfter(deadline)) {
                    break;
                }
                Thread.sleep(500);
            }
            try {
                admin.createTopics(List.of(new NewTopic(ForumSimulator.TOPIC, FALLBACK_PARTITIONS, (short) 1)))
                        .all().get(10, TimeUnit.SECONDS);
                return true;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return false;
                }
                throw e;
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot check topic " + ForumSimulator.TOPIC + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
