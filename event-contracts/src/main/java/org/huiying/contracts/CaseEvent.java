package org.huiying.contracts;

/** An integration event about one case; keyed by the case id so that a case's events stay in order. */
public interface CaseEvent extends IntegrationEvent {

    String caseId();

    @Override
    default String key() {
        return caseId();
    }
}
