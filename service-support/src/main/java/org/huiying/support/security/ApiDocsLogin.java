package org.huiying.support.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API docs name the login (HTTP basic, scheme {@code basic}), so Swagger UI's "Authorize" signs its calls in. */
@Configuration(proxyBeanMethods = false)
public class ApiDocsLogin {

    static final String SCHEME = "basic";

    @Bean
    public OpenApiCustomizer basicLogin() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("A user of the users file (HUIYING_USERS_FILE) 用户名与密码"));
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
