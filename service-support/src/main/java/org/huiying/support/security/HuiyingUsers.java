package org.huiying.support.security;

import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users of the users file, looked up by name; each login gets its own copy (credentials are erased after it). */
public class HuiyingUsers implements ReactiveUserDetailsService {

    private final Map<String, HuiyingUser> users;

    public HuiyingUsers(List<HuiyingUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(HuiyingUser::getUsername,
                Function.identity()));
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        HuiyingUser user = users.get(username);
        return user == null ? Mono.empty()
                : Mono.just(new HuiyingUser(user.getUsername(), user.getPassword(), user.role(), user.unitId(),
                        user.spokesperson()));
    }
}
