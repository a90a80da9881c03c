package org.huiying.support.time;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/** The deployment's time zone: deadlines and periods are computed in it; instants are stored in UTC. */
@ConfigurationProperties("huiying")
public record TimeProperties(ZoneId zone) {

    public TimeProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }
}
