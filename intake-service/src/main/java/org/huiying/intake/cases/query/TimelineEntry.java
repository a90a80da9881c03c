package org.huiying.intake.cases.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * One fact in a case's life.
 *
 * @param type    the event's wire type name ({@code post-received}, {@code case-acknowledged}, …); facts that never
 *                leave intake have names of the same form ({@code answer-drafted}, {@code assignment-recorded}, …)
 * @param unitId  the unit involved, if any
 * @param actor   who: a user, a unit's registered forum account, {@code keyword-rules}, or 网民 netizen
 * @param channel {@code forum} (seen by a scraper) or {@code api} (entered by a user)
 */
public record TimelineEntry(long sequence, String type, Instant occurredAt, String unitId, String actor,
                            @Schema(allowableValues = {"forum", "api"}) String channel, String title,
                            String detail) {
}
