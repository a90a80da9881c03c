package org.huiying.reporting.casefacts;

/** The kinds of event reporting keeps on a case; each stored fact is one event, keyed by its event id. */
public enum FactType {
    CLASSIFIED, ACKNOWLEDGED, ANSWERED, RATED, IMPLEMENTED, REOPENED, CLOSED,
    ASSIGNED, TRANSFERRED, RETURNED, QUEUED,
    DEADLINE_MET, DEADLINE_MISSED, EXTENDED, ESCALATED, ESCALATION_WITHDRAWN
}
