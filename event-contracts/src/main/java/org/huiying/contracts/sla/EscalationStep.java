package org.huiying.contracts.sla;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The rungs of the escalation ladder. */
public enum EscalationStep {
    /** 预警 — a deadline is near. */
    @JsonProperty("warning") WARNING,
    /** 催办 — the response deadline passed. */
    @JsonProperty("urge") URGE,
    /** 督办 — the answer deadline passed. */
    @JsonProperty("supervise") SUPERVISE,
    /** 通报 — neither answered nor explained by the deadline. */
    @JsonProperty("public-notice") PUBLIC_NOTICE,
    /** 上报 — still open after the further period. */
    @JsonProperty("leadership") LEADERSHIP,
    /** A major or critical incident was not reported in time. */
    @JsonProperty("sensitive-report-overdue") SENSITIVE_REPORT_OVERDUE
}
