package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The case now lies with {@code leadUnitId} (null while it waits for the office or after a return). */
@Revision("1")
public record AssignmentRecordedEvent(String caseId, String state, String leadUnitId, List<String> coUnitIds,
                                      Instant decidedAt) {
}
