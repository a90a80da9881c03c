package org.huiying.routing.triage;

import java.time.Instant;

/** A case waiting in the office's triage queue (待分办); {@code problem} once it is flagged (提级督办). */
public record TriageEntry(String caseId, String reason, Instant queuedAt, boolean problem) {

    public TriageEntry(String caseId, String reason, Instant queuedAt) {
        this(caseId, reason, queuedAt, false);
    }
}
