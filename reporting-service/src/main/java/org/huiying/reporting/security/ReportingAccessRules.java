package org.huiying.reporting.security;

import org.huiying.support.security.AccessRules;
import org.huiying.support.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Rebuilding the read model is the office's. The figures (rankings, rates, trends, backlog counts, exports) are read
 * without a login: they are what the office publishes per unit (通报), hold no netizen's identity, and the dashboard
 * page shows them on a wall screen that nobody signs in to (decision 0008).
 */
@Component
public class ReportingAccessRules implements AccessRules {

    @Override
    public void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
        exchange
                .pathMatchers(HttpMethod.POST, "/api/admin/rebuild").hasRole(Role.OFFICE.name())
                .pathMatchers(HttpMethod.GET, "/api/**").permitAll()
                .pathMatchers("/dashboard", "/dashboard/**").permitAll();
    }
}
