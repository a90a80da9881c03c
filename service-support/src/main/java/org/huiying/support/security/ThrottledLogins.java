package org.huiying.support.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HTTP basic logins with a limit on failures per user name and per client address ({@link LoginThrottleProperties}).
 * A locked-out name or address is refused before its password is checked, so guessing goes on learning nothing;
 * a correct password clears the name's failures.
 */
final class ThrottledLogins implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager passwords;
    private final FailedLogins byUser;
    private final FailedLogins byAddress;

    ThrottledLogins(ReactiveAuthenticationManager passwords, LoginThrottleProperties limits, Clock clock) {
        this.passwords = passwords;
        this.byUser = new FailedLogins(limits.perUser(), clock);
        this.byAddress = new FailedLogins(limits.perAddress(), clock);
    }

    @Override
    public Mono<Authentication> authenticate(Authentication login) {
        String user = login.getName();
        return Mono.deferContextual(context -> {
            String address = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                    .map(ThrottledLogins::address).orElse("unknown");
            Optional<Duration> locked = Stream.of(byUser.lockedFor(user), byAddress.lockedFor(address))
                    .flatMap(Optional::stream).max(Duration::compareTo);
            if (locked.isPresent()) {
                String what = byUser.lockedFor(user).isPresent() ? "user " + user : "address " + address;
                return Mono.error(new LoginsThrottledException(what, roundedUp(locked.get())));
            }
            return passwords.authenticate(login)
                    .doOnNext(authenticated -> byUser.succeeded(user))
                    .doOnError(BadCredentialsException.class, e -> {
                        byUser.failed(user);
                        byAddress.failed(address);
                    });
        });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static Duration roundedUp(Duration duration) {
        return Duration.ofSeconds(duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
    }
}
