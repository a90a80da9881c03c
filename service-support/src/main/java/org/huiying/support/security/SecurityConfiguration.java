package org.huiying.support.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.reactive.ReactiveManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import java.time.Clock;
import java.util.List;

/**
 * HTTP basic authentication against the users file ({@code huiying.security.users-file}, env
 * {@code HUIYING_USERS_FILE}), the same file and roles in all four services. Health, metrics and the API docs stay
 * open; then come the service's own {@link AccessRules}; every other {@code /api/**} request needs a login. Writes
 * from pages of other sites are refused ({@link CrossSiteWrites}), repeated failed logins are locked out for a while
 * ({@link ThrottledLogins}). 401, 403 and 429 are RFC 7807 problems.
 */
@AutoConfiguration(before = {ReactiveSecurityAutoConfiguration.class,
        ReactiveUserDetailsServiceAutoConfiguration.class, ReactiveManagementWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
@Import({OtherUnitProblems.class, ApiDocsLogin.class})
public class SecurityConfiguration {

    /** Open to anyone: probes, Prometheus' scrape, build info and the API docs. */
    static final String[] ALWAYS_OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**"};

    /** The users file; one holding the sample's public passwords stops the start unless sample users are allowed. */
    @Bean
    public HuiyingUsers users(ResourceLoader resources, @Value("${huiying.security.users-file}") String location,
                              @Value("${huiying.security.allow-sample-users:true}") boolean allowSampleUsers) {
        List<HuiyingUser> users = UsersFile.read(resources.getResource(location));
        if (!allowSampleUsers) {
            SampleUsers.refuse(location, users, resources);
        }
        return new HuiyingUsers(users);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public SecurityWebFilterChain huiyingSecurity(ServerHttpSecurity http, ObjectProvider<AccessRules> rules,
                                                  HuiyingUsers users, PasswordEncoder passwords,
                                                  LoginThrottleProperties throttle, Clock clock,
                                                  @Value("${huiying.security.trusted-origins:}") List<String> origins) {
        UserDetailsRepositoryReactiveAuthenticationManager checkPasswords =
                new UserDetailsRepositoryReactiveAuthenticationManager(users);
        checkPasswords.setPasswordEncoder(passwords);
        return http
                // Spring's token-based CSRF protection does not fit a stateless basic-auth API; CrossSiteWrites does
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .addFilterAt(new CrossSiteWrites(origins), SecurityWebFiltersOrder.CSRF)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(basic -> basic.authenticationManager(new ThrottledLogins(checkPasswords, throttle, clock))
                        .authenticationEntryPoint(SecurityProblems.loginRequired()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityProblems.loginRequired())
                        .accessDeniedHandler(SecurityProblems.roleRequired()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchange -> {
                    exchange.pathMatchers(ALWAYS_OPEN).permitAll();
                    exchange.pathMatchers("/actuator/**").hasRole(Role.OFFICE.name());
                    exchange.pathMatchers("/api/admin/relay/**").hasRole(Role.OFFICE.name());
                    rules.orderedStream().forEach(service -> service.apply(exchange));
                    exchange.pathMatchers("/api/**").authenticated()
                            .anyExchange().permitAll();
                })
                .build();
    }
}
