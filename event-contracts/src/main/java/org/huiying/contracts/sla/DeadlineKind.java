package org.huiying.contracts.sla;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DeadlineKind {
    /** 在线响应 — the first public response. */
    @JsonProperty("response") RESPONSE,
    /** 办结答复 — the final answer. */
    @JsonProperty("answer") ANSWER
}
