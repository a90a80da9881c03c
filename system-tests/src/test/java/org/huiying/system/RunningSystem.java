package org.huiying.system;

import org.huiying.intake.IntakeApplication;
import org.huiying.reporting.ReportingApplication;
import org.huiying.routing.RoutingApplication;
import org.huiying.sla.SlaApplication;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.SampleLogins;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The four services started as they run in production, each its own Spring application with its own database, on
 * one real KRaft broker and one Mongo-protocol server; only the clock is the test's.
 */
final class RunningSystem implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final InProcessMongo mongo;
    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();
    private final Map<String, Supplier<SpringApplicationBuilder>> applications = Map.of(
            "intake-service", IntakeApplication::application, "routing-service", RoutingApplication::application,
            "sla-service", SlaApplication::application, "reporting-service", ReportingApplication::application);
    private final Clock clock;

    RunningSystem(Clock clock) {
        this.clock = clock;
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mongo = InProcessMongo.start();
        start("intake-service", IntakeApplication::application, clock);
        start("routing-service", RoutingApplication::application, clock);
        start("sla-service", SlaApplication::application, clock);
        start("reporting-service", ReportingApplication::application, clock);
    }

    /** Stops one service as an operator would (its data stays); {@link #start(String)} brings it back. */
    void stop(String service) {
        services.remove(service).close();
    }

    void start(String service) {
        start(service, applications.get(service), clock);
    }

    private void start(String name, Supplier<SpringApplicationBuilder> application, Clock clock) {
        // each service its own Netty resources: by default the first service to stop disposes the JVM-wide ones,
        // which would take every other service's web server (and the test's HTTP client) down with it
        ReactorResourceFactory netty = new ReactorResourceFactory();
        netty.setUseGlobalResources(false);
        netty.start();
        ConfigurableApplicationContext context = application.get()
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("clock", clock);
                    ctx.getBeanFactory().registerSingleton("reactorResourceFactory", netty);
                })
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--huiying.mongo.uri=" + mongo.uri(),
                        "--huiying.sla.sweep-interval=PT0.2S",
                        "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                        "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN");
        services.put(name, context);
    }

    String brokers() {
        return kafka.getBrokersAsString();
    }

    /** Signed in as the read-only leader of the sample users, the same login in every service. */
    WebTestClient http(String service) {
        return anonymous(service).mutate().defaultHeaders(SampleLogins::viewer).build();
    }

    WebTestClient anonymous(String service) {
        String port = services.get(service).getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    Iterable<String> serviceNames() {
        return services.keySet();
    }

    @Override
    public void close() {
        services.values().forEach(ConfigurableApplicationContext::close);
        kafka.destroy();
        mongo.stop();
    }
}
