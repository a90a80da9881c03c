package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The sweeper's look at one case with the facts known up to {@code at} (its horizon): judge every passed deadline and
 * fire every due ladder step, once. {@code catchingUp}: the horizon is far behind the clock (history being read), so
 * the running figure of missed progress updates is not rewritten for every stretch of history read, only once the
 * horizon has caught up (or a fact changes it) — one figure per case, not one per sweep.
 */
public record SweepCaseClockCommand(@TargetAggregateIdentifier String caseId, Instant at, boolean catchingUp) {

    public SweepCaseClockCommand(String caseId, Instant at) {
        this(caseId, at, false);
    }
}
