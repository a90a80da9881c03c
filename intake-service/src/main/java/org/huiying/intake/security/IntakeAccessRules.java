package org.huiying.intake.security;

import org.huiying.support.security.AccessRules;
import org.huiying.support.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Which role each write of intake needs; every read of a case needs a login (service-support's default). The case
 * itself checks that a unit user acts only on its own cases.
 */
@Component
public class IntakeAccessRules implements AccessRules {

    static final String CASE = "/api/cases/{caseId}";

    @Override
    public void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
        String office = Role.OFFICE.name();
        String unit = Role.UNIT.name();
        exchange
                .pathMatchers(HttpMethod.POST, "/api/cases", CASE + "/classification", CASE + "/rating",
                        CASE + "/implementation", "/api/classification/reload").hasRole(office)
                .pathMatchers(HttpMethod.POST, CASE + "/acknowledgement", CASE + "/progress",
                        CASE + "/information-requests", CASE + "/answer/draft", CASE + "/answer/publication",
                        CASE + "/answer/from-reply")
                .hasRole(unit)
                .pathMatchers(HttpMethod.POST, CASE + "/answer/approval", CASE + "/answer/return")
                .hasAnyRole(unit, office);
    }
}
