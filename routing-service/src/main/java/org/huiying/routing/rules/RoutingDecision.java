package org.huiying.routing.rules;

import java.util.List;

/**
 * Who answers a post: the lead unit (null when no rule matched: the case goes to triage), the co-units, and the
 * rules that matched, highest priority first.
 */
public record RoutingDecision(String lead, List<String> coUnits, List<String> matchedRules) {

    public boolean needsTriage() {
        return lead == null;
    }

    public String leadRule() {
        return matchedRules.isEmpty() ? null : matchedRules.get(0);
    }
}
