package org.huiying.sla;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** sla-service: each case's deadlines, on the working-time calendar, and what happens when they pass. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SlaApplication {

    /** The service's settings live in sla-service.yml, so the four services can share one classpath in tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(SlaApplication.class).properties("spring.config.name=sla-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
