package org.huiying.sla.tracking;

import org.huiying.contracts.intake.Severity;

import org.huiying.sla.calendar.ClockKind;
import org.huiying.sla.clock.AnswerPause;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case's deadlines as {@code GET /api/cases/{caseId}/deadlines} answers them, kept by the projection from the
 * CaseClock's events (a read model: it never computes a deadline itself).
 */
public class CaseDeadlinesView {

    public String caseId;
    public String policy;
    public String policyVersion;
    public String unitId;
    public Severity severity;
    public Instant postedAt;
    public int answerRound;
    public Instant answerStartedAt;
    public Instant responseDueAt;
    public Instant responseWarningAt;
    public Instant answerDueAt;
    public Instant answerWarningAt;
    public Instant leadershipDueAt;
    public Instant sensitiveReportDueAt;
    public Instant acknowledgedAt;
    public Instant answeredAt;
    public Instant closedAt;
    public boolean responseMissed;
    public boolean answerMissed;
    public boolean extended;
    public Instant nextCheckAt;
    public Instant pausedSince;
    public Instant pauseCapEndsAt;
    public Instant lastProgressAt;
    public Instant progressDueAt;
    public boolean progressOverdue;
    public int progressUpdatesMissed;
    public long version = -1;
    public List<Segment> segments = new ArrayList<>();
    public Map<String, Extension> extensions = new LinkedHashMap<>();
    public Map<String, Escalation> escalations = new LinkedHashMap<>();
    public Map<String, Pause> pauses = new LinkedHashMap<>();

    public boolean open() {
        return closedAt == null && answeredAt == null && responseDueAt != null;
    }

    /** The sweeper still looks at the case: it is open, or a step that stands by the facts is not due yet. */
    public boolean swept() {
        return open() || nextCheckAt != null && responseDueAt != null;
    }

    /** Asks the sweeper to look at the case again at its next round (a fact changed it). */
    void lookAgain() {
        nextCheckAt = Instant.EPOCH;
    }

    /** The response is missing and its deadline was missed (the response clock never pauses). */
    public boolean responseOverdue() {
        return responseMissed && acknowledgedAt == null;
    }

    /** The answer deadline of this round was missed, and its clock is not paused for information now. */
    public boolean answerOverdue() {
        return answerMissed && !answerPaused();
    }

    /** The answer clock is paused while the netizen is asked for information (请网民补充). */
    public boolean answerPaused() {
        return pausedSince != null;
    }

    public boolean overdue() {
        return responseOverdue() || answerOverdue();
    }

    /**
     * Overdue first; then awaiting the response (its clock never pauses); then paused while the answer clock waits for
     * the netizen; else awaiting the answer.
     */
    public BacklogState backlogState() {
        if (overdue()) {
            return BacklogState.OVERDUE;
        }
        if (acknowledgedAt == null) {
            return BacklogState.AWAITING_RESPONSE;
        }
        return answerPaused() ? BacklogState.PAUSED : BacklogState.AWAITING_ANSWER;
    }

    /** {@code awaiting_response}, {@code awaiting_answer}, {@code paused} or {@code overdue}. */
    public String state() {
        return backlogState().key();
    }

    /** The response deadline runs against the unit now (it is missing and not yet missed). */
    public boolean runsAgainstResponse() {
        return acknowledgedAt == null && !responseMissed;
    }

    /**
     * The deadline the unit runs against now: the response while it is missing, else the answer — none while the
     * answer clock is paused (its deadline moves later by the paused time when the clock resumes).
     */
    public Instant nextDueAt() {
        if (runsAgainstResponse()) {
            return responseDueAt;
        }
        return answerPaused() ? null : answerDueAt;
    }

    public record Segment(String unitId, Instant from) {
    }

    public record Extension(String unitId, String explanation, Instant previousDueAt, Instant newDueAt,
                            Instant grantedAt) {
    }

    /**
     * A pause of the answer clock while the netizen was asked for information: {@code pausedSeconds} of the answer
     * window's kind of time ({@code clock}: {@code working} or {@code calendar}), at most the cap, added to the answer
     * deadline when the clock resumed.
     */
    public record Pause(int round, String unitId, Instant pausedAt, Instant capEndsAt, Instant resumedAt,
                        long pausedSeconds, String clock, boolean capped, String reason, String policyVersion) {

        static String clockOf(ClockKind kind) {
            return kind == ClockKind.CALENDAR_HOURS ? "calendar" : "working";
        }

        /** The finished pause as the planner adds it to freshly computed deadlines (a preview). */
        public Optional<AnswerPause> finished() {
            return resumedAt == null ? Optional.empty() : Optional.of(new AnswerPause(pausedAt, resumedAt,
                    Duration.ofSeconds(pausedSeconds),
                    "calendar".equals(clock) ? ClockKind.CALENDAR_HOURS : ClockKind.WORKING_HOURS, capped));
        }
    }

    /**
     * A ladder step on the case; {@code withdrawnReason} and {@code withdrawnBy} (the fact, e.g. {@code answer-published
     * 2026-03-04T06:40:00Z}) are set once a later-known fact showed it should not stand (撤销).
     */
    public record Escalation(String step, String deadline, int round, String unitId, String ruleId, Instant dueAt,
                             Instant firedAt, String withdrawnReason, String withdrawnBy) {

        Escalation withdrawn(String reason, String by) {
            return new Escalation(step, deadline, round, unitId, ruleId, dueAt, firedAt, reason, by);
        }
    }
}
