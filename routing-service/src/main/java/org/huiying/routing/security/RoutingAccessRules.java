package org.huiying.routing.security;

import org.huiying.support.security.AccessRules;
import org.huiying.support.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The office (舆情办) keeps the unit directory, previews routing, dispatches and transfers; a return (退回) is the
 * lead unit's, or the office's for it, and the controller checks that a unit user returns only in its own name.
 * Every read needs a login (service-support's default).
 */
@Component
public class RoutingAccessRules implements AccessRules {

    static final String CASE = "/api/cases/{caseId}";

    @Override
    public void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
        String office = Role.OFFICE.name();
        exchange
                .pathMatchers(HttpMethod.PUT, "/api/directory", "/api/directory/**").hasRole(office)
                .pathMatchers(HttpMethod.POST, "/api/directory/**", "/api/routing/preview",
                        CASE + "/dispatch", CASE + "/transfer").hasRole(office)
                .pathMatchers(HttpMethod.POST, CASE + "/return").hasAnyRole(Role.UNIT.name(), office);
    }
}
