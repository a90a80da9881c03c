package org.huiying.intake;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** intake-service: turns netizens' posts into cases and owns each case's life. */
@SpringBootApplication
public class IntakeApplication {

    /** The service's settings live in intake-service.yml, so the four services can share one classpath in tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IntakeApplication.class).properties("spring.config.name=intake-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
