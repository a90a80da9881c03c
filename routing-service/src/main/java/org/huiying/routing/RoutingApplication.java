package org.huiying.routing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** routing-service: the unit directory and which unit answers each case. */
@SpringBootApplication
public class RoutingApplication {

    /** The service's settings live in routing-service.yml, so the four services can share one classpath in tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(RoutingApplication.class).properties("spring.config.name=routing-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
