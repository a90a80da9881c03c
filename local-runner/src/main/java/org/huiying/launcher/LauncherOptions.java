package org.huiying.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's command line. Each value comes from its option, else from its {@code HUIYING_*} environment
 * variable, else from the default.
 */
public record LauncherOptions(
        Path dataDir,
        int kafkaPort,
        int controllerPort,
        int mongoPort,
        Map<ServiceModule, Integer> servicePorts,
        boolean startServices,
        boolean demo,
        double demoRate,
        long demoSeed,
        int mongoCacheMb,
        Duration healthTimeout,
        boolean help) {

    public static final String DEFAULT_DATA_DIR = "data";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int CONTROLLER_PORT_OFFSET = 1000;
    public static final int DEFAULT_MONGO_PORT = 27017;
    public static final double DEFAULT_DEMO_RATE = 12;
    public static final long DEFAULT_DEMO_SEED = 20260302L;
    public static final int DEFAULT_MONGO_CACHE_MB = 1024;
    public static final int DEFAULT_HEALTH_TIMEOUT_SECONDS = 180;

    public LauncherOptions {
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
    }

    public int servicePort(ServiceModule service) {
        return servicePorts.get(service);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    public static LauncherOptions parse(List<String> args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        boolean demo = false;
        boolean noServices = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--demo" -> demo = flag(name, inlineValue);
                case "--no-services" -> noServices = flag(name, inlineValue);
                case "-h", "--help" -> help = true;
                default -> {
                    if (!VALUE_OPTIONS.contains(name)) {
                        throw new IllegalArgumentException("unknown option: " + arg);
                    }
                    if (inlineValue == null) {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        inlineValue = args.get(++i);
                    }
                    values.put(name, inlineValue);
                }
            }
        }

        Path dataDir = Path.of(pick(values, "--data-dir", env, "HUIYING_DATA_DIR").orElse(DEFAULT_DATA_DIR));
        int kafkaPort = port(values, "--kafka-port", env, "HUIYING_KAFKA_PORT", DEFAULT_KAFKA_PORT);
        int controllerPort = port(values, "--controller-port", env, "HUIYING_CONTROLLER_PORT",
                kafkaPort + CONTROLLER_PORT_OFFSET <= 65535 ? kafkaPort + CONTROLLER_PORT_OFFSET
                        : kafkaPort - CONTROLLER_PORT_OFFSET);
        int mongoPort = port(values, "--mongo-port", env, "HUIYING_MONGO_PORT", DEFAULT_MONGO_PORT);
        Map<ServiceModule, Integer> servicePorts = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : ServiceModule.values()) {
            servicePorts.put(service,
                    port(values, service.portOption(), env, service.portVariable(), service.defaultPort()));
        }
        double rate = pick(values, "--rate", env, "HUIYING_DEMO_RATE")
                .map(v -> positiveDouble("--rate", v)).orElse(DEFAULT_DEMO_RATE);
        long seed = pick(values, "--demo-seed", env, "HUIYING_DEMO_SEED")
                .map(v -> parseLong("--demo-seed", v)).orElse(DEFAULT_DEMO_SEED);
        int cacheMb = pick(values, "--mongo-cache-mb", env, "HUIYING_MONGO_CACHE_MB")
                .map(v -> (int) positiveLong("--mongo-cache-mb", v)).orElse(DEFAULT_MONGO_CACHE_MB);
        Duration healthTimeout = Duration.ofSeconds(pick(values, "--health-timeout", env, "HUIYING_HEALTH_TIMEOUT")
                .map(v -> positiveLong("--health-timeout", v)).orElse((long) DEFAULT_HEALTH_TIMEOUT_SECONDS));

        LauncherOptions options = new LauncherOptions(dataDir, kafkaPort, controllerPort, mongoPort, servicePorts,
                !noServices, demo, rate, seed, cacheMb, healthTimeout, help);
        options.requireDistinctPorts();
        return options;
    }

    private static final List<String> VALUE_OPTIONS = List.of(
            "--data-dir", "--kafka-port", "--controller-port", "--mongo-port",
            "--intake-port", "--routing-port", "--sla-port", "--reporting-port",
            "--rate", "--demo-seed", "--mongo-cache-mb", "--health-timeout");

    public static String usage() {
        return """
                Usage: huiying run [options]

                Starts a Kafka broker (KRaft), a MongoDB-protocol server and the four services on this machine.

                Options (each also read from the environment variable shown; the option wins):
                  --demo                   publish simulated forum posts and unit replies
                  --rate N                 demo posts per minute (HUIYING_DEMO_RATE, default 12)
                  --demo-seed N            seed of the demo's post generator (HUIYING_DEMO_SEED)
                  --data-dir DIR           data directory (HUIYING_DATA_DIR, default ./data)
                  --kafka-port P           Kafka listener (HUIYING_KAFKA_PORT, default 9092)
                  --controller-port P      KRaft controller listener (HUIYING_CONTROLLER_PORT, default kafka port + 1000)
                  --mongo-port P           MongoDB-protocol server (HUIYING_MONGO_PORT, default 27017)
                  --intake-port P          intake-service (HUIYING_INTAKE_PORT, default 8081)
                  --routing-port P         routing-service (HUIYING_ROUTING_PORT, default 8082)
                  --sla-port P             sla-service (HUIYING_SLA_PORT, default 8083)
                  --reporting-port P       reporting-service (HUIYING_REPORTING_PORT, default 8084)
                  --no-services            start only Kafka and the MongoDB-protocol server
                  --mongo-cache-mb MB      page cache of the Mongo store (HUIYING_MONGO_CACHE_MB, default 1024,
                                           at most half the launcher's heap)
                  --health-timeout S       seconds to wait for the services to report UP (default 180)
                  -h, --help               show this help
                """;
    }

    private void requireDistinctPorts() {
        Map<Integer, String> used = new HashMap<>();
        claim(used, kafkaPort, "--kafka-port");
        claim(used, controllerPort, "--controller-port");
        claim(used, mongoPort, "--mongo-port");
        if (startServices) {
            servicePorts.forEach((service, port) -> claim(used, port, service.portOption()));
        }
    }

    private static void claim(Map<Integer, String> used, int port, String option) {
        String previous = used.putIfAbsent(port, option);
        if (previous != null) {
            throw new IllegalArgumentException(option + " and " + previous + " both use port " + port);
        }
    }

    private static boolean flag(String name, String inlineValue) {
        if (inlineValue == null || inlineValue.equalsIgnoreCase("true")) {
            return true;
        }
        if (inlineValue.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(name + " takes no value");
    }

    private static Optional<String> pick(Map<String, String> values, String option, Map<String, String> env,
                                         String variable) {
        String value = values.get(option);
        if (value == null) {
            value = env.get(variable);
            if (value != null && value.isBlank()) {
                value = null;
            }
            option = variable;
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be empty");
        }
        return Optional.ofNullable(value).map(String::trim);
    }

    private static int port(Map<String, String> values, String option, Map<String, String> env, String variable,
                            int defaultPort) {
        return pick(values, option, env, variable).map(v -> {
            long port = parseLong(values.containsKey(option) ? option : variable, v);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(option + " must be a port between 1 and 65535, not " + v);
            }
            return (int) port;
        }).orElse(defaultPort);
    }

    private static long parseLong(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + value);
        }
    }

    private static long positiveLong(String option, String value) {
        long parsed = parseLong(option, value);
        if (parsed <= 0) {
            throw new IllegalArgumentException(option + " must be positive, not " + value);
        }
        return parsed;
    }

    private static double positiveDouble(String option, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed > 0) || Double.isInfinite(parsed)) {
                throw new IllegalArgumentException(option + " must be positive, not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + value);
        }
    }
}
