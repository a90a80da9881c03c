package org.huiying.sla.security;

import org.huiying.support.security.AccessRules;
import org.huiying.support.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * An extension (延期) is asked by the assigned unit, or by the office for it, and the controller checks that a unit
 * user asks only in its own name; the working calendar and the policy and calendar previews are the office's. Every
 * read needs a login (service-support's default).
 */
@Component
public class SlaAccessRules implements AccessRules {

    @Override
    public void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
        String office = Role.OFFICE.name();
        exchange
                .pathMatchers(HttpMethod.POST, "/api/cases/{caseId}/extensions").hasAnyRole(Role.UNIT.name(), office)
                .pathMatchers(HttpMethod.PUT, "/api/calendar/years/{year}").hasRole(office)
                .pathMatchers(HttpMethod.POST, "/api/policy/preview", "/api/calendar/preview").hasRole(office);
    }
}
