package org.huiying.intake.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The deployment's choices about a case's life.
 *
 * @param acknowledgeBeforeAnswer  an answer may only be drafted or published once the unit has acknowledged the case
 * @param reopenWhenDissatisfied   a 不满意 rating reopens the case for re-handling (重办) instead of closing it
 * @param quietPeriod              an answered case nobody rated is closed this long after the answer
 */
@ConfigurationProperties("huiying.cases")
public record CasePolicy(Boolean acknowledgeBeforeAnswer, Boolean reopenWhenDissatisfied, Duration quietPeriod) {

    public CasePolicy {
        acknowledgeBeforeAnswer = acknowledgeBeforeAnswer == null || acknowledgeBeforeAnswer;
        reopenWhenDissatisfied = reopenWhenDissatisfied == null || reopenWhenDissatisfied;
        quietPeriod = quietPeriod == null ? Duration.ofDays(7) : quietPeriod;
    }
}
