package org.huiying.sla.clock;

import java.time.Instant;

/** What became of an extension request: granted, or refused by {@code rule} with a reason the unit can act on. */
public record ExtensionDecision(boolean granted, String rule, String reason, Instant previousDueAt,
                                Instant newDueAt) {

    static ExtensionDecision granted(Instant previousDueAt, Instant newDueAt) {
        return new ExtensionDecision(true, null, null, previousDueAt, newDueAt);
    }

    static ExtensionDecision refused(String rule, String reason, Instant currentDueAt, Instant requestedDueAt) {
        return new ExtensionDecision(false, rule, reason, currentDueAt, requestedDueAt);
    }
}
