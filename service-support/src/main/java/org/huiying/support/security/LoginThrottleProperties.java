package org.huiying.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits on failed logins ({@code huiying.security.login-throttle}): after {@code max-failures} failures within
 * {@code window} for one user name ({@code per-user}) or from one client address ({@code per-address}), every login
 * for that name or from that address is answered 429 for {@code lockout}, whatever its password. A max of 0 switches
 * a limit off.
 */
@ConfigurationProperties("huiying.security.login-throttle")
public record LoginThrottleProperties(Limit perUser, Limit perAddress) {

    public LoginThrottleProperties {
        perUser = perUser == null ? new Limit(5, Duration.ofMinutes(5), Duration.ofMinutes(15)) : perUser;
        perAddress = perAddress == null ? new Limit(30, Duration.ofMinutes(5), Duration.ofMinutes(15)) : perAddress;
    }

    public record Limit(int maxFailures, Duration window, Duration lockout) {

        public Limit {
            window = window == null ? Duration.ofMinutes(5) : window;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        }
    }
}
