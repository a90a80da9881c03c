package org.huiying.support.domain;

/**
 * A command that breaks a rule of the domain: acknowledging twice, extending past the cap, acting on another unit's
 * case. Refused with the rule's id and a reason a user can act on.
 */
public class RuleViolationException extends RuntimeException {

    /** Whether the command clashes with the current state (409) or is invalid whatever the state (422). */
    public enum Kind { CONFLICT, UNPROCESSABLE }

    private final String rule;
    private final Kind kind;

    public RuleViolationException(Kind kind, String rule, String reason) {
        super(reason);
        this.kind = kind;
        this.rule = rule;
    }

    public static RuleViolationException conflict(String rule, String reason) {
        return new RuleViolationException(Kind.CONFLICT, rule, reason);
    }

    public static RuleViolationException unprocessable(String rule, String reason) {
        return new RuleViolationException(Kind.UNPROCESSABLE, rule, reason);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
