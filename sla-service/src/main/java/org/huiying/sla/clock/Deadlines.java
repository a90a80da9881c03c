package org.huiying.sla.clock;

import java.time.Instant;

/**
 * What a case runs against, as set by the policy named with its version. {@code answerRound} counts reopenings (0 for
 * the first answer); {@code answerStartedAt} is the posting time, or the reopening time of a later round.
 */
public record Deadlines(String policy, String policyVersion, int answerRound, Instant answerStartedAt,
                        Instant responseDueAt, Instant responseWarningAt, Instant answerDueAt,
                        Instant answerWarningAt, Instant leadershipDueAt, Instant sensitiveReportDueAt) {

    Deadlines withAnswer(String policyVersionNow, String policyNow, int round, Instant startedAt, Instant dueAt,
                         Instant warningAt, Instant leadershipAt) {
        return new Deadlines(policyNow, policyVersionNow, round, startedAt, responseDueAt, responseWarningAt, dueAt,
                warningAt, leadershipAt, sensitiveReportDueAt);
    }

    Deadlines withSensitiveReportDueAt(String policyNow, String policyVersionNow, Instant dueAt) {
        return new Deadlines(policyNow, policyVersionNow, answerRound, answerStartedAt, responseDueAt,
                responseWarningAt, answerDueAt, answerWarningAt, leadershipDueAt, dueAt);
    }
}
