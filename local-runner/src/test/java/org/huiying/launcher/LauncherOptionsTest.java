package org.huiying.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherOptionsTest {

    private static LauncherOptions parse(String... args) {
        return LauncherOptions.parse(List.of(args), Map.of());
    }

    @Test
    void defaults() {
        LauncherOptions options = parse();

        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.controllerPort()).isEqualTo(10092);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.servicePort(ServiceModule.INTAKE)).isEqualTo(8081);
        assertThat(options.servicePort(ServiceModule.ROUTING)).isEqualTo(8082);
        assertThat(options.servicePort(ServiceModule.SLA)).isEqualTo(8083);
        assertThat(options.servicePort(ServiceModule.REPORTING)).isEqualTo(8084);
        assertThat(options.startServices()).isTrue();
        assertThat(options.demo()).isFalse();
        assertThat(options.demoRate()).isEqualTo(12.0);
        assertThat(options.mongoCacheMb()).isEqualTo(1024);
        assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.help()).isFalse();
        assertThat(options.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(options.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017");
    }

    @Test
    void parsesEveryOption() {
        LauncherOptions options = parse("--demo", "--rate", "30", "--data-dir", "/tmp/x", "--kafka-port", "19092",
                "--controller-port", "19093", "--mongo-port", "28017", "--intake-port", "9181",
                "--routing-port", "9182", "--sla-port", "9183", "--reporting-port", "9184", "--demo-seed", "7",
                "--mongo-cache-mb", "256", "--health-timeout", "60");

        assertThat(options.demo()).isTrue();
        assertThat(options.demoRate()).isEqualTo(30.0);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.controllerPort()).isEqualTo(19093);
        assertThat(options.mongoPort()).isEqualTo(28017);
        assertThat(options.servicePorts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ServiceModule.INTAKE, 9181, ServiceModule.ROUTING, 9182,
                ServiceModule.SLA, 9183, ServiceModule.REPORTING, 9184));
        assertThat(options.demoSeed()).isEqualTo(7L);
        assertThat(options.mongoCacheMb()).isEqualTo(256);
        assertThat(options.healthTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void acceptsOptionEqualsValue() {
        LauncherOptions options = parse("--kafka-port=19092", "--rate=0.5", "--demo", "--no-services");

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.demoRate()).isEqualTo(0.5);
        assertThat(options.startServices()).isFalse();
    }

    @Test
    void controllerPortFollowsKafkaPort() {
        assertThat(parse("--kafka-port", "19092").controllerPort()).isEqualTo(20092);
        assertThat(parse("--kafka-port", "65000").controllerPort()).isEqualTo(64000);
    }

    @Test
    void environmentOverridesDefaults() {
        LauncherOptions options = LauncherOptions.parse(List.of(), Map.of(
                "HUIYING_KAFKA_PORT", "29092",
                "HUIYING_MONGO_PORT", "29017",
                "HUIYING_INTAKE_PORT", "9081",
                "HUIYING_REPORTING_PORT", "9084",
                "HUIYING_DATA_DIR", "/srv/huiying",
                "HUIYING_DIRECTORY", "/etc/huiying/units.yml"));

        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.controllerPort()).isEqualTo(30092);
        assertThat(options.mongoPort()).isEqualTo(29017);
        assertThat(options.servicePort(ServiceModule.INTAKE)).isEqualTo(9081);
        assertThat(options.servicePort(ServiceModule.ROUTING)).isEqualTo(8082);
        assertThat(options.servicePort(ServiceModule.REPORTING)).isEqualTo(9084);
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/huiying"));
    }

    @Test
    void optionsWinOverEnvironment() {
        LauncherOptions options = LauncherOptions.parse(List.of("--kafka-port", "19092", "--mongo-port", "19017"),
                Map.of("HUIYING_KAFKA_PORT", "29092", "HUIYING_MONGO_PORT", "29017"));

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.mongoPort()).isEqualTo(19017);
    }

    @Test
    void blankEnvironmentVariablesAreIgnored() {
        LauncherOptions options = LauncherOptions.parse(List.of(), Map.of("HUIYING_KAFKA_PORT", " "));

        assertThat(options.kafkaPort()).isEqualTo(9092);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> parse("--kafka-port", "0")).hasMessageContaining("--kafka-port");
        assertThatThrownBy(() -> parse("--kafka-port", "70000")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> parse("--mongo-port", "abc")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--rate", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> parse("--rate", "many")).hasMessageContaining("number");
        assertThatThrownBy(() -> parse("--data-dir")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> parse("--demo=maybe")).hasMessageContaining("takes no value");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of("HUIYING_MONGO_PORT", "x")))
                .hasMessageContaining("HUIYING_MONGO_PORT");
    }

    @Test
    void rejectsPortsUsedTwice() {
        assertThatThrownBy(() -> parse("--mongo-port", "9092"))
                .hasMessageContaining("--mongo-port").hasMessageContaining("--kafka-port");
        assertThatThrownBy(() -> parse("--sla-port", "8081"))
                .hasMessageContaining("--sla-port").hasMessageContaining("--intake-port");
        // without services, their ports do not matter
        assertThat(parse("--no-services", "--sla-port", "8081").startServices()).isFalse();
    }

    @Test
    void help() {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
        assertThat(LauncherOptions.usage()).contains("--demo", "--rate", "--data-dir", "--kafka-port",
                "--mongo-port", "--intake-port", "HUIYING_KAFKA_PORT");
    }
}
