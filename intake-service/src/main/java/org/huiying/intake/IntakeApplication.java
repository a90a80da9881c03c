package org.huiying.intake;

import org.huiying.intake.cases.CasePolicy;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.huiying.intake.scraper.ScrapeLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** intake-service: turns netizens' posts into cases and owns each case's life. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({CasePolicy.class, ScrapeLimits.class})
public class IntakeApplication {

    /** The service's settings live in intake-service.yml, so the four services can share one classpath in tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IntakeApplication.class).properties("spring.config.name=intake-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
