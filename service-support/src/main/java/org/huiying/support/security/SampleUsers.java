package org.huiying.support.security;

import org.springframework.core.io.ResourceLoader;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sample users' passwords are public (README, the sample's comments). Where sample users are not allowed
 * ({@code huiying.security.allow-sample-users=false}, as in docker compose) a users file in which any user has one of
 * the sample's password hashes — the sample itself, or a copy of it — stops the start, saying how to provide one's own.
 */
final class SampleUsers {

    static final String LOCATION = "classpath:users/sample-users.yml";

    private SampleUsers() {
    }

    static void refuse(String location, List<HuiyingUser> users, ResourceLoader resources) {
        Set<String> sampleHashes = UsersFile.read(resources.getResource(LOCATION)).stream()
                .map(HuiyingUser::getPassword).collect(Collectors.toSet());
        List<String> withSamplePasswords = users.stream().filter(user -> sampleHashes.contains(user.getPassword()))
                .map(HuiyingUser::getUsername).toList();
        if (!withSamplePasswords.isEmpty()) {
            throw new IllegalStateException("The users file " + location + " holds the sample users' public"
                    + " passwords (" + String.join(", ", withSamplePasswords) + ") and sample users are not allowed"
                    + " here (huiying.security.allow-sample-users=false). Provide your own users file with your own"
                    + " BCrypt hashes: with docker compose set HUIYING_USERS_YML=/path/to/users.yml (in .env next to"
                    + " docker-compose.yml, or in the shell); otherwise set HUIYING_USERS_FILE=file:/path/to/users.yml."
                    + " See README, 'Before going live'. 示例用户口令已公开，请提供自己的用户文件");
        }
    }
}
