package org.huiying.contracts.routing;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum UnitKind {
    /** 乡镇/街道 */ @JsonProperty("township") TOWNSHIP,
    /** 县级部门 */ @JsonProperty("department") DEPARTMENT
}
