package org.huiying.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a fact reached the system. */
public enum Channel {
    /** Seen on the forum by a scraper. */
    @JsonProperty("forum") FORUM,
    /** Entered over the REST API. */
    @JsonProperty("api") API
}
