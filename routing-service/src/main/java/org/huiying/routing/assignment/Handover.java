package org.huiying.routing.assignment;

import org.huiying.support.domain.RuleViolationException;

import java.util.List;

/** The checks every handover of a case (dispatch, transfer) shares: a lead, not also a co-unit, a reason. */
final class Handover {

    private Handover() {
    }

    static void requireUnits(String action, String leadUnitId, List<String> coUnitIds) {
        require(action + ".lead-required", leadUnitId, "A lead unit is required 须指定牵头单位");
        if (list(coUnitIds).contains(leadUnitId)) {
            throw RuleViolationException.unprocessable(action + ".lead-among-co-units",
                    "The lead unit " + leadUnitId + " cannot also be a co-unit 牵头单位不能同时是协办单位");
        }
    }

    static void require(String rule, String value, String message) {
        if (value == null || value.isBlank()) {
            throw RuleViolationException.unprocessable(rule, message);
        }
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
