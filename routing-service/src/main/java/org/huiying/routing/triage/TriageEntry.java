package org.huiying.routing.triage;

import java.time.Instant;

/** A case waiting in the office's triage queue (待分办). */
public record TriageEntry(String caseId, String reason, Instant queuedAt) {
}
