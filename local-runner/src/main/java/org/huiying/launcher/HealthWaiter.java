package org.huiying.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Polls {@code /actuator/health} of each service until every one answers {@code "status":"UP"}. Fails as soon
 * as a service's process exits, or when the time is up.
 */
public final class HealthWaiter {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    private final BooleanSupplier cancelled;

    public HealthWaiter(PrintStream out, BooleanSupplier cancelled) {
        this.out = out;
        this.cancelled = cancelled;
    }

    public void awaitUp(List<ServiceProcess> services, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextProgress = start.plus(PROGRESS_INTERVAL);
        Set<ServiceProcess> starting = new LinkedHashSet<>(services);
        while (!starting.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new StartupException("start-up cancelled");
            }
            for (ServiceProcess service : new ArrayList<>(starting)) {
                if (!service.isRunning()) {
                    throw new StartupException(service.name() + " exited during start-up (exit code "
                            + service.exitCode().map(String::valueOf).orElse("?") + ")\n"
                            + LogTail.format(service.logFile(), 40));
                }
                if (isUp(service)) {
                    starting.remove(service);
                    out.printf("  %-18s UP after %.1f s%n", service.name(),
                            Duration.between(start, Instant.now()).toMillis() / 1000.0);
                }
            }
            if (starting.isEmpty()) {
                return;
            }
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                ServiceProcess first = starting.iterator().next();
                throw new StartupException("not UP after " + timeout.toSeconds() + " s: " + names(starting) + "\n"
                        + LogTail.format(first.logFile(), 40));
            }
            if (now.isAfter(nextProgress)) {
                out.printf("  still starting after %d s: %s%n", Duration.between(start, now).toSeconds(),
                        names(starting));
                nextProgress = now.plus(PROGRESS_INTERVAL);
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** True if {@code GET /actuator/health} answers 200 with a top-level {@code "status": "UP"}. */
    public boolean isUp(ServiceProcess service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode status = json.readTree(response.body()).path("status");
            return "UP".equals(status.asText());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for the services", e);
        }
    }

    private static String names(Set<ServiceProcess> services) {
        return services.stream().map(ServiceProcess::name).collect(Collectors.joining(", "));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for the services", e);
        }
    }
}
