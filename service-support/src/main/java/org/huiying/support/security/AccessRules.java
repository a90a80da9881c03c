package org.huiying.support.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's own access rules, declared as a bean. They apply after the paths that are always open (health,
 * metrics, API docs) and before the shared default: every other {@code /api/**} request needs a login.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchange);
}
