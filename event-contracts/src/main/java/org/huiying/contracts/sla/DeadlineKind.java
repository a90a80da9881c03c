package org.huiying.contracts.sla;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DeadlineKind {
    /** 在线响应 — the first public response. */
    @JsonProperty("response") RESPONSE,
    /** 办结答复 — the final answer. */
    @JsonProperty("answer") ANSWER,
    /** 跟帖通报进展 — a public progress update, due at the policy's cadence once the answer deadline has passed. */
    @JsonProperty("progress") PROGRESS
}
