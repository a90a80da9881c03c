package org.huiying.support.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins for a user name or from an address: answered 429 with Retry-After. */
public class LoginsThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginsThrottledException(String what, Duration retryAfter) {
        super("Too many failed logins for " + what + " 登录失败次数过多: try again in " + retryAfter.toSeconds()
                + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
