package org.huiying.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFileTest {

    static final String HASH = "$2a$10$jznBquzCESDYVHhQEUvLMOSx0Fi4D/k8/.l8FdpMZO3OCuFGkkJ8K";

    @Test
    void shouldMarkTheSpokespersonsWhenTheSampleIsRead() {
        List<HuiyingUser> users = UsersFile.read(new ClassPathResource("users/sample-users.yml"));

        assertThat(users).filteredOn(HuiyingUser::spokesperson).extracting(HuiyingUser::getUsername)
                .containsExactly("jiaotong-spokesperson", "dipu-spokesperson");
    }

    @Test
    void shouldRefuseTheFileNamingTheEntryWhenASpokespersonIsNotAUnitUser() {
        assertThatThrownBy(() -> UsersFile.read(file("""
                users:
                  - { username: office-wang, role: office, spokesperson: true, password: "%s" }
                """.formatted(HASH))))
                .hasMessageContaining("entry 1").hasMessageContaining("'spokesperson' applies to unit users only");
    }

    @Test
    void shouldNotMakeAUnitUserASpokespersonWhenTheFlagIsLeftOut() {
        List<HuiyingUser> users = UsersFile.read(file("""
                users:
                  - { username: dipu-liaison, role: unit, unitId: dipu, password: "%s" }
                """.formatted(HASH)));

        assertThat(users.get(0).spokesperson()).isFalse();
    }

    static ByteArrayResource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test users file");
    }
}
