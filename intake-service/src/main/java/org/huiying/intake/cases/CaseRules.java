package org.huiying.intake.cases;

import org.huiying.support.domain.RuleViolationException;

/** The rules a command on a case can break; each id names the rule in the problem response. */
public final class CaseRules {

    public static final String ACKNOWLEDGE_ONCE = "acknowledge-once";
    public static final String ASSIGNED_UNIT_ONLY = "assigned-unit-only";
    public static final String CASE_CLOSED = "case-closed";
    public static final String PROGRESS_AFTER_ACKNOWLEDGEMENT = "progress-after-acknowledgement";
    public static final String ANSWER_AFTER_ACKNOWLEDGEMENT = "answer-after-acknowledgement";
    public static final String ANSWER_ONCE = "answer-once";
    public static final String DRAFT_AWAITING_APPROVAL = "draft-awaiting-approval";
    public static final String PENDING_DRAFT_ONLY = "pending-draft-only";
    public static final String NO_SELF_APPROVAL = "no-self-approval";
    public static final String PUBLISH_APPROVED_ONLY = "publish-approved-only";
    public static final String FINAL_ANSWER_FROM_OWN_REPLY = "final-answer-from-own-reply";
    public static final String SPOKESPERSON_APPROVES = "spokesperson-approves";
    public static final String RETURN_WITH_COMMENT = "return-with-comment";
    public static final String RATE_AFTER_ANSWER = "rate-after-answer";
    public static final String RATE_ONCE = "rate-once";
    public static final String SCORE_RANGE = "score-1-to-5";
    public static final String CONFIRM_AFTER_ANSWER = "confirm-after-answer";
    public static final String CONFIRM_ONCE = "confirm-once";
    public static final String CLOSE_AFTER_ANSWER = "close-after-answer";
    public static final String CLOSE_AFTER_QUIET_PERIOD = "close-after-quiet-period";
    public static final String OVERRIDE_WITH_REASON = "override-with-reason";
    public static final String INFORMATION_AFTER_ACKNOWLEDGEMENT = "information-after-acknowledgement";
    public static final String INFORMATION_BEFORE_ANSWER = "information-before-answer";
    public static final String INFORMATION_REQUEST_OPEN = "information-request-open";
    public static final String INFORMATION_TEXT_REQUIRED = "information-text-required";

    private CaseRules() {
    }

    public static RuleViolationException conflict(String rule, String reason) {
        return RuleViolationException.conflict(rule, reason);
    }

    public static RuleViolationException unprocessable(String rule, String reason) {
        return RuleViolationException.unprocessable(rule, reason);
    }
}
