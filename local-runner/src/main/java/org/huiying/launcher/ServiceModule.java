package org.huiying.launcher;

import java.util.Locale;

/** The four services the launcher runs, in start order, with their default HTTP ports. */
public enum ServiceModule {
    INTAKE("intake-service", 8081),
    ROUTING("routing-service", 8082),
    SLA("sla-service", 8083),
    REPORTING("reporting-service", 8084);

    private final String moduleName;
    private final int defaultPort;

    ServiceModule(String moduleName, int defaultPort) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
    }

    /** The Maven module (and log file) name, e.g. {@code intake-service}. */
    public String moduleName() {
        return moduleName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The short name used in options and environment variables, e.g. {@code intake}. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** e.g. {@code --intake-port}. */
    public String portOption() {
        return "--" + shortName() + "-port";
    }

    /** e.g. {@code HUIYING_INTAKE_PORT}. */
    public String portVariable() {
        return "HUIYING_" + name() + "_PORT";
    }
}
