package org.huiying.support.security;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** 401, 403 and 429 as RFC 7807 problem responses, like every other error of the API. */
final class SecurityProblems {

    private static final String REALM = "Basic realm=\"huiying\"";

    private SecurityProblems() {
    }

    static ServerAuthenticationEntryPoint loginRequired() {
        return (exchange, e) -> {
            if (e instanceof LoginsThrottledException throttled) {
                return tooManyFailedLogins(exchange, throttled);
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, REALM);
            return write(exchange, HttpStatus.UNAUTHORIZED, "login-required",
                    "Login required 需要登录: use HTTP basic authentication with a user of the users file");
        };
    }

    /** A login refused without looking at the password: too many failures for the name or the address. */
    static Mono<Void> tooManyFailedLogins(ServerWebExchange exchange, LoginsThrottledException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins", e.getMessage());
    }

    static ServerAccessDeniedHandler roleRequired() {
        return (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, "role-required",
                "Your role may not do this 无此权限: " + exchange.getRequest().getMethod() + " "
                        + exchange.getRequest().getPath());
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"urn:huiying:problem:" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'")
                + "\",\"instance\":\"" + exchange.getRequest().getPath().value().replace("\"", "'") + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
