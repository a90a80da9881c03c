package org.huiying.intake.cases.inquiry;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** The lead unit asked the netizen for information; open until the netizen posts again in the thread. */
@Revision("1")
public record InformationRequestedEvent(String caseId, String unitId, Channel channel, String requestedBy,
                                        String text, Instant requestedAt) {
}
