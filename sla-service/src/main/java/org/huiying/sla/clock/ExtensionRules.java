package org.huiying.sla.clock;

import java.time.Instant;

/**
 * When an extension (延期) is granted: a non-empty public explanation, asked before the current answer deadline (less
 * the policy's lead time), a new deadline later than the current one and within the policy's cap.
 */
final class ExtensionRules {

    static final String EXPLANATION_REQUIRED = "extension.explanation-required";
    static final String TOO_LATE = "extension.too-late";
    static final String NOT_LATER = "extension.not-later";
    static final String BEYOND_CAP = "extension.beyond-cap";

    private ExtensionRules() {
    }

    static ExtensionDecision decide(RequestExtensionCommand request, Deadlines deadlines, DeadlinePlanner planner) {
        Instant current = deadlines.answerDueAt();
        Instant requested = request.newDueAt();
        if (request.explanation() == null || request.explanation().isBlank()) {
            return ExtensionDecision.refused(EXPLANATION_REQUIRED,
                    "An extension needs a public explanation 延期须公开说明理由", current, requested);
        }
        Instant askedBy = planner.extensionAskedBy(deadlines);
        if (!request.at().isBefore(askedBy)) {
            return ExtensionDecision.refused(TOO_LATE, "An extension must be asked before " + askedBy
                    + " 须在办理期限届满前申请延期", current, requested);
        }
        if (requested == null || !requested.isAfter(current)) {
            return ExtensionDecision.refused(NOT_LATER, "The committed deadline must be later than the current one ("
                    + current + ") 承诺期限须晚于现期限", current, requested);
        }
        Instant limit = planner.extensionLimit(deadlines);
        if (requested.isAfter(limit)) {
            return ExtensionDecision.refused(BEYOND_CAP, "The committed deadline may not be later than " + limit
                    + " (policy " + deadlines.policy() + ": at most " + planner.policy().extensionCap()
                    + " in total) 超过延期上限", current, requested);
        }
        return ExtensionDecision.granted(current, requested);
    }
}
