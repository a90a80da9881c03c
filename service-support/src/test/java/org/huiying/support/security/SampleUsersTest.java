package org.huiying.support.security;

import org.huiying.support.time.TimeConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleUsersTest {

    private final ReactiveWebApplicationContextRunner service = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TimeConfiguration.class, SecurityConfiguration.class));

    @Test
    void shouldRefuseToStartNamingHuiyingUsersYmlWhenTheSampleIsMountedWhereSampleUsersAreNotAllowed() {
        service.withPropertyValues("huiying.security.users-file=" + SampleUsers.LOCATION,
                        "huiying.security.allow-sample-users=false")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("HUIYING_USERS_YML").hasMessageContaining("office-wang")
                        .hasMessageContaining("allow-sample-users=false"));
    }

    @Test
    void shouldRefuseAFileWhenOneOfItsUsersReusesASamplePassword() {
        List<HuiyingUser> users = UsersFile.read(UsersFileTest.file("""
                users:
                  - { username: county-admin, role: office, password: "%s" }
                """.formatted(UsersFileTest.HASH)));

        assertThatThrownBy(() -> SampleUsers.refuse("file:/config/users.yml", users, new DefaultResourceLoader()))
                .hasMessageContaining("county-admin").hasMessageContaining("HUIYING_USERS_YML");
    }

    @Test
    void shouldAcceptAFileWhenItsPasswordsAreItsOwn() {
        List<HuiyingUser> users = UsersFile.read(UsersFileTest.file("""
                users:
                  - { username: county-admin, role: office,
                      password: "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5q5Lw5YQn6eX5e3qC5Kp0bC" }
                """));

        assertThatCode(() -> SampleUsers.refuse("file:/config/users.yml", users, new DefaultResourceLoader()))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldStartWithTheSampleWhenSampleUsersAreAllowedAsInTheEmbeddedDefault() {
        service.withPropertyValues("huiying.security.users-file=" + SampleUsers.LOCATION)
                .run(context -> assertThat(context).hasSingleBean(HuiyingUsers.class));
    }
}
