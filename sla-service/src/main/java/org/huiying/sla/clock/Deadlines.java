package org.huiying.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a case runs against, as set by the policy named with its version. {@code answerRound} counts reopenings (0 for
 * the first answer); {@code answerStartedAt} is the posting time, or the reopening time of a later round;
 * {@code pauses} are the finished pauses of this round's answer clock, already added to its deadline.
 */
public record Deadlines(String policy, String policyVersion, int answerRound, Instant answerStartedAt,
                        Instant responseDueAt, Instant responseWarningAt, Instant answerDueAt,
                        Instant answerWarningAt, Instant leadershipDueAt, Instant sensitiveReportDueAt,
                        List<AnswerPause> pauses) {

    public Deadlines {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    Deadlines withAnswer(String policyVersionNow, String policyNow, int round, Instant startedAt, Instant dueAt,
                         Instant warningAt, Instant leadershipAt, List<AnswerPause> pausesNow) {
        return new Deadlines(policyNow, policyVersionNow, round, startedAt, responseDueAt, responseWarningAt, dueAt,
                warningAt, leadershipAt, sensitiveReportDueAt, pausesNow);
    }

    Deadlines withSensitiveReportDueAt(String policyNow, String policyVersionNow, Instant dueAt) {
        return new Deadlines(policyNow, policyVersionNow, answerRound, answerStartedAt, responseDueAt,
                responseWarningAt, answerDueAt, answerWarningAt, leadershipDueAt, dueAt, pauses);
    }

    /** The answer deadline (with its warning and leadership moments) moved by a finished pause. */
    Deadlines withPause(AnswerPause pause, Instant dueAt, Instant warningAt, Instant leadershipAt) {
        List<AnswerPause> all = new ArrayList<>(pauses);
        all.add(pause);
        return new Deadlines(policy, policyVersion, answerRound, answerStartedAt, responseDueAt, responseWarningAt,
                dueAt, warningAt, leadershipAt, sensitiveReportDueAt, all);
    }
}
