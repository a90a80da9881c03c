package org.huiying.reporting.casefacts;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything reporting knows of one case: the post that opened it and every later event by event id, and where the
 * case was last placed (figure documents → figures). Adding an event it already holds changes nothing.
 */
public record CaseRecord(String caseId, PostInfo post, Map<String, CaseFact> facts,
                         Map<String, Set<Figure>> placed) {

    public static CaseRecord unknown(String caseId) {
        return new CaseRecord(caseId, null, Map.of(), Map.of());
    }

    public CaseRecord withPost(PostInfo received) {
        return post != null ? this : new CaseRecord(caseId, received, facts, placed);
    }

    public CaseRecord withFact(CaseFact fact) {
        if (facts.containsKey(fact.eventId())) {
            return this;
        }
        Map<String, CaseFact> more = new TreeMap<>(facts);
        more.put(fact.eventId(), fact);
        return new CaseRecord(caseId, post, more, placed);
    }

    public CaseRecord placedIn(Map<String, Set<Figure>> documents) {
        return new CaseRecord(caseId, post, facts, documents);
    }
}
