package org.huiying.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiying.demo.ForumPost;
import org.huiying.demo.ForumSimulator;
import org.huiying.demo.PostGenerator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The text printed once everything is up: where to reach each part, and how to publish a post by hand. */
public final class Banner {

    private Banner() {
    }

    public static String render(LauncherOptions options, DataDirectory data, List<ServiceProcess> services,
                                Duration startupTime) {
        StringBuilder text = new StringBuilder();
        text.append('\n');
        text.append(String.format("Huiying 回应 is running (started in %.1f s)%n%n", startupTime.toMillis() / 1000.0));
        if (services.isEmpty()) {
            text.append("  services           not started (--no-services)\n");
        }
        for (ServiceProcess service : services) {
            String base = service.baseUrl();
            text.append(String.format("  %-18s REST     %s%n", service.name(), base));
            text.append(String.format("  %-18s API docs %s/swagger-ui.html%n", "", base));
            text.append(String.format("  %-18s metrics  %s/actuator/prometheus%n", "", base));
        }
        text.append('\n');
        text.append(String.format("  %-18s %s%n", "Kafka bootstrap", options.kafkaBootstrap()));
        text.append(String.format("  %-18s %s%n", "MongoDB URI", options.mongoUri()));
        text.append(String.format("  %-18s %s%n", "data", data.root()));
        text.append(String.format("  %-18s %s%n", "logs", data.logs()));
        text.append('\n');
        text.append("Publish a post by hand (scraper contract v1; change postId and threadId for a new thread):\n");
        text.append("  ").append(kcatCommand(options.kafkaBootstrap())).append('\n');
        text.append('\n');
        text.append("The APIs need a login (HTTP basic, the same users in every service; sample users: ")
                .append("service-support/src/main/resources/users/sample-users.yml, or HUIYING_USERS_FILE).\n")
                .append("Reads need any login, writes their role; reporting's figures and dashboard are open, e.g.\n");
        text.append("  curl -u leader-zhao:viewer-demo-2026 ").append(base(services, "intake-service"))
                .append("/api/cases\n");
        text.append("  curl -u leader-zhao:viewer-demo-2026 ").append(base(services, "routing-service"))
                .append("/api/triage\n");
        text.append("  curl -u dipu-liaison:dipu-demo-2026 ").append(base(services, "sla-service"))
                .append("/api/units/dipu/todo\n");
        text.append("  curl ").append(base(services, "reporting-service")).append("/api/units\n\n");
        if (options.demo()) {
            text.append(String.format("Demo: publishing %s simulated posts per minute to %s.%n",
                    formatRate(options.demoRate()), ForumSimulator.TOPIC));
            text.append(SAMPLE_LOGINS);
        }
        text.append("Press Ctrl-C to stop everything (data is kept in ").append(data.root()).append(").\n");
        return text.toString();
    }

    static final String SAMPLE_LOGINS = """
            Sample logins (user / password), the same in all four services:
              office-wang, office-li                      office-demo-2026    舆情办 public-opinion office (office)
              leader-zhao                                 viewer-demo-2026    领导小组 read only (viewer)
              jiaotong-liaison, jiaotong-spokesperson     jiaotong-demo-2026  县交通运输局 (unit jiaotong)
              dipu-liaison, dipu-spokesperson             dipu-demo-2026      递铺街道 (unit dipu)
            """;

    private static String base(List<ServiceProcess> services, String name) {
        return services.stream().filter(service -> service.name().equals(name))
                .map(ServiceProcess::baseUrl).findFirst().orElse("http://127.0.0.1:" + DEFAULT_PORTS.get(name));
    }

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("intake-service", 8081,
            "routing-service", 8082, "sla-service", 8083, "reporting-service", 8084);

    /** A {@code kcat} command that publishes one opening post with key {@code <source>:<threadId>}. */
    public static String kcatCommand(String bootstrap) {
        String now = OffsetDateTime.now().withOffsetSameInstant(PostGenerator.FORUM_OFFSET)
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        ForumPost post = new ForumPost("anji-bbs", "manual-1", "manual-1", null, null, "民生热线", "热心网友",
                "孝丰公交站台没有遮阳棚", "孝丰汽车站附近的公交站台夏天没有遮阳棚，等车的老人晒得受不了，希望加装。", now, now);
        try {
            String value = new ObjectMapper().writeValueAsString(post);
            return "echo '" + post.kafkaKey() + "|" + value + "' | kcat -P -b " + bootstrap + " -t "
                    + ForumSimulator.TOPIC + " -K '|'";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formatRate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }
}
