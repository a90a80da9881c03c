package org.huiying.reporting.config;

import org.huiying.reporting.assessment.AssessmentProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** reporting's wiring: its settings and the scheduler of the metric refresh. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AssessmentProperties.class)
public class ReportingConfiguration {
}
