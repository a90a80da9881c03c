package org.huiying.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docker-compose.yml, the Dockerfile and the Prometheus configuration true to the services' own settings. */
class ComposeFileTest {

    private static final Path ROOT = ProjectFiles.root();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** Read by the JVM, Axon or the image rather than by our configuration files. */
    private static final Set<String> PLATFORM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS",
            "AXONIQ_UPDATE_CHECKER_DISABLED");

    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "routing-service", "sla-service", "reporting-service"})
    void shouldRunEachServiceOnThePortAndDatabaseItsConfigurationDeclares(String service) throws IOException {
        // given
        Map<String, String> defaults = environmentDefaults(serviceConfiguration(service));
        Map<String, Object> definition = service(service);
        Map<String, Object> environment = map(definition.get("environment"));

        // then
        String port = defaults.get("SERVER_PORT");
        assertThat(port).as("%s declares ${SERVER_PORT:…}", service).isNotNull();
        assertThat(String.valueOf(environment.get("SERVER_PORT"))).isEqualTo(port);
        assertThat(list(definition.get("ports"))).contains(port + ":" + port);
        assertThat(environment.get("MONGODB_DATABASE")).isEqualTo(defaults.get("MONGODB_DATABASE"));
        assertThat(environment).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI",
                "AXONIQ_UPDATE_CHECKER_DISABLED");
        assertThat(definition.get("image")).isEqualTo("huiying/" + service + ":0.1.0-SNAPSHOT");
        assertThat(map(map(definition.get("build")).get("args")).get("SERVICE")).isEqualTo(service);
        assertThat(map(map(map(definition.get("depends_on")).get("kafka"))).get("condition"))
                .isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "routing-service", "sla-service", "reporting-service"})
    void shouldSetNoVariableTheServiceDoesNotRead(String service) throws IOException {
        // given
        Set<String> read = new TreeSet<>(environmentDefaults(serviceConfiguration(service)).keySet());
        read.addAll(environmentDefaults(ROOT.resolve("service-support/src/main/resources/huiying-defaults.yml"))
                .keySet());
        read.addAll(PLATFORM_VARIABLES);

        // then
        assertThat(read).containsAll(map(service(service).get("environment")).keySet());
    }

    @Test
    void shouldMountTheUnitDirectoryRoutingIsToldToRead() {
        Map<String, Object> routing = service("routing-service");
        String directory = String.valueOf(map(routing.get("environment")).get("HUIYING_DIRECTORY"));
        String mount = list(routing.get("volumes")).stream().filter(v -> v.contains(":" + directory))
                .findFirst().orElseThrow();
        String hostFile = mount.substring(mount.indexOf(":-") + 2, mount.indexOf('}'));
        assertThat(ROOT.resolve(hostFile)).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "routing-service", "sla-service", "reporting-service"})
    void shouldMountTheUsersFileEachServiceIsToldToRead(String service) {
        Map<String, Object> definition = service(service);
        String setting = String.valueOf(map(definition.get("environment")).get("HUIYING_USERS_FILE"));
        assertThat(setting).startsWith("file:");
        String inContainer = setting.substring("file:".length());
        String mount = list(definition.get("volumes")).stream().filter(v -> v.endsWith(":" + inContainer + ":ro"))
                .findFirst().orElseThrow(() -> new AssertionError(service + " does not mount " + inContainer));
        String hostFile = mount.substring(mount.indexOf(":-") + 2, mount.indexOf('}'));
        assertThat(ROOT.resolve(hostFile)).exists();
    }

    @Test
    void shouldPackageTheJarTheBuildProduces() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar");
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<classifier>exec</classifier>");
    }

    @Test
    void shouldScrapeEveryServiceWherePrometheusMetricsAre() throws IOException {
        String prometheus = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        assertThat(prometheus).contains("metrics_path: /actuator/prometheus");
        for (String service : List.of("intake-service", "routing-service", "sla-service", "reporting-service")) {
            String port = environmentDefaults(serviceConfiguration(service)).get("SERVER_PORT");
            assertThat(prometheus).contains("\"" + service + ":" + port + "\"");
        }
    }

    @Test
    void shouldProvisionTheDataSourceTheDashboardsUse() throws IOException {
        assertThat(Files.readString(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml")))
                .contains("uid: prometheus");
        try (var dashboards = Files.list(GrafanaDashboard.DASHBOARDS)) {
            for (Path dashboard : dashboards.toList()) {
                assertThat(Files.readString(dashboard)).contains("\"uid\": \"prometheus\"");
            }
        }
        assertThat(map(compose.get("services"))).containsKeys("kafka", "mongo", "prometheus", "grafana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "routing-service", "sla-service", "reporting-service"})
    void shouldRefuseTheSampleUsersWhenComposeRunsAService(String service) {
        assertThat(String.valueOf(map(service(service).get("environment")).get("HUIYING_ALLOW_SAMPLE_USERS")))
                .isEqualTo("false");
    }

    @Test
    void shouldTakeGrafanasAdminPasswordFromTheEnvironmentWithoutADefault() {
        assertThat(String.valueOf(map(service("grafana").get("environment")).get("GF_SECURITY_ADMIN_PASSWORD")))
                .matches("\\$\\{GRAFANA_ADMIN_PASSWORD:\\?[^}]+}");
    }

    private Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    private static Path serviceConfiguration(String service) {
        return ROOT.resolve(service + "/src/main/resources/" + service + ".yml");
    }

    /** Every ${VARIABLE:default} a configuration file reads, with its default. */
    private static Map<String, String> environmentDefaults(Path file) throws IOException {
        Map<String, String> defaults = new java.util.TreeMap<>();
        Matcher matcher = ENV_REFERENCE.matcher(Files.readString(file));
        while (matcher.find()) {
            defaults.put(matcher.group(1), matcher.group(2));
        }
        return defaults;
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return (List<String>) value;
    }
}
