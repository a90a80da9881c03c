package org.huiying.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 分级处置: how serious the public-opinion situation around a case is. */
public enum Severity {
    /** 一般 */ @JsonProperty("general") GENERAL,
    /** 较大 */ @JsonProperty("significant") SIGNIFICANT,
    /** 重大 */ @JsonProperty("major") MAJOR,
    /** 特别重大 */ @JsonProperty("critical") CRITICAL
}
