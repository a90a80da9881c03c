package org.huiying.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the netizen's post is. */
public enum CaseKind {
    /** 投诉 */ @JsonProperty("complaint") COMPLAINT,
    /** 建议 */ @JsonProperty("suggestion") SUGGESTION,
    /** 意见 */ @JsonProperty("opinion") OPINION,
    /** 咨询 */ @JsonProperty("consultation") CONSULTATION,
    /** 网上办事 */ @JsonProperty("service-request") SERVICE_REQUEST,
    /** 其他 */ @JsonProperty("other") OTHER
}
