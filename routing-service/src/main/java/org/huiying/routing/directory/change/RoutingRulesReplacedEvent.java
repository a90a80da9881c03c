package org.huiying.routing.directory.change;

import org.axonframework.serialization.Revision;
import org.huiying.routing.directory.RoutingRule;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record RoutingRulesReplacedEvent(List<RoutingRule> rules, String changedBy, Instant changedAt) {
}
