package org.huiying.sla.clock;

import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.List;

/** What one sweep of a case fired, and when the case next needs a look (null: nothing more is scheduled). */
public record SweepOutcome(List<EscalationStep> fired, Instant nextCheckAt) {
}
