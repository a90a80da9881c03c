package org.huiying.reporting;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** reporting-service: read models for the assessment of every unit, rebuilt from the topics. */
@SpringBootApplication
public class ReportingApplication {

    /** The service's settings live in reporting-service.yml, so the four services can share one classpath in tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReportingApplication.class).properties("spring.config.name=reporting-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
