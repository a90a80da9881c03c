package org.huiying.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The netizen's overall verdict on the answer (回访). */
public enum Satisfaction {
    /** 满意 */ @JsonProperty("satisfied") SATISFIED,
    /** 基本满意 */ @JsonProperty("basically-satisfied") BASICALLY_SATISFIED,
    /** 不满意 */ @JsonProperty("dissatisfied") DISSATISFIED
}
