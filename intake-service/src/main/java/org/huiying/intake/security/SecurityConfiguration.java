package org.huiying.intake.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * HTTP basic authentication against the users file. Health, metrics and the API docs stay open; every read of a case
 * needs a login; each write needs its role, and the case itself checks that a unit user acts only on its own cases.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {

    static final String CASE = "/api/cases/{caseId}";

    @Bean
    public IntakeUsers users(ResourceLoader resources, @Value("${huiying.security.users-file}") String location) {
        return new IntakeUsers(UsersFile.read(resources.getResource(location)));
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public SecurityWebFilterChain intakeSecurity(ServerHttpSecurity http) {
        String office = Role.OFFICE.name();
        String unit = Role.UNIT.name();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityProblems.loginRequired()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityProblems.loginRequired())
                        .accessDeniedHandler(SecurityProblems.roleRequired()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchange -> exchange
                        .pathMatchers(HttpMethod.POST, "/api/cases", CASE + "/classification", CASE + "/rating",
                                CASE + "/implementation", "/api/classification/reload").hasRole(office)
                        .pathMatchers(HttpMethod.POST, CASE + "/acknowledgement", CASE + "/progress",
                                CASE + "/information-requests", CASE + "/answer/draft", CASE + "/answer/publication",
                                CASE + "/answer/from-reply")
                        .hasRole(unit)
                        .pathMatchers(HttpMethod.POST, CASE + "/answer/approval", CASE + "/answer/return")
                        .hasAnyRole(unit, office)
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .build();
    }
}
