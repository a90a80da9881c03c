package org.huiying.system.bench;

import org.huiying.intake.IntakeApplication;
import org.huiying.reporting.ReportingApplication;
import org.huiying.routing.RoutingApplication;
import org.huiying.sla.SlaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The four services as the system tests start them (each its own Spring application and database, on one in-process
 * KRaft broker), but on the benchmark's Mongo-protocol server and with the production defaults otherwise: the real
 * clock, the default sla sweep interval, the default relay poll.
 */
final class BenchSystem implements AutoCloseable {

    static final List<String> EVENT_SOURCED = List.of("intake-service", "routing-service", "sla-service");
    static final Map<String, String> DATABASES = Map.of("intake-service", "huiying_intake",
            "routing-service", "huiying_routing", "sla-service", "huiying_sla",
            "reporting-service", "huiying_reporting");

    private final EmbeddedKafkaKraftBroker kafka;
    private final BenchMongo mongo;
    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

    BenchSystem(BenchMongo mongo) {
        this.mongo = mongo;
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        try {
            start("intake-service", IntakeApplication::application);
            start("routing-service", RoutingApplication::application);
            start("sla-service", SlaApplication::application);
            start("reporting-service", ReportingApplication::application);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void start(String name, Supplier<SpringApplicationBuilder> application) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--huiying.mongo.uri=" + mongo.uri(),
                "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                "--logging.level.root=WARN", "--logging.level.org.huiying=INFO",
                "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN",
                "--logging.level.state.change.logger=WARN"));
        services.put(name, application.get().run(args.toArray(String[]::new)));
    }

    String brokers() {
        return kafka.getBrokersAsString();
    }

    ConfigurableApplicationContext context(String service) {
        return services.get(service);
    }

    String baseUrl(String service) {
        return "http://127.0.0.1:" + services.get(service).getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> running = new ArrayList<>(services.values());
        java.util.Collections.reverse(running);
        running.forEach(ConfigurableApplicationContext::close);
        kafka.destroy();
    }
}
