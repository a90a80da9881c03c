package org.huiying.support.security;

import org.huiying.support.time.TimeConfiguration;
import org.huiying.support.web.WebConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A service with the shared security and one unit-only write, a body-less POST like an approval. */
@SpringBootConfiguration
@ImportAutoConfiguration({TimeConfiguration.class, WebConfiguration.class, SecurityConfiguration.class})
class SecuredApp {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @Bean
    Clock clock() {
        return CLOCK;
    }

    @Bean
    AccessRules unitWrites() {
        return exchange -> exchange.pathMatchers(HttpMethod.POST, "/api/things/**").hasRole(Role.UNIT.name());
    }

    @RestController
    static class Things {

        @PostMapping("/api/things/{id}/approval")
        ResponseEntity<Void> approve() {
            return ResponseEntity.noContent().build();
        }

        @GetMapping("/api/things")
        String list() {
            return "[]";
        }
    }

    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
