package org.huiying.support.security;

import org.huiying.support.test.SampleLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@WebFluxTest(properties = {"huiying.security.login-throttle.per-user.max-failures=3",
        "huiying.security.login-throttle.per-user.window=PT1M",
        "huiying.security.login-throttle.per-user.lockout=PT10M",
        "huiying.security.login-throttle.per-address.max-failures=6"})
@ContextConfiguration(classes = SecuredApp.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class ThrottledLoginsTest {

    @Autowired
    WebTestClient web;

    @BeforeEach
    void startLater() {
        SecuredApp.CLOCK.advance(Duration.ofDays(1));
    }

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfterEvenForTheRightPasswordWhenANameFailedTooOften() {
        // given
        for (int i = 0; i < 3; i++) {
            list("dipu-liaison", "guess-" + i).expectStatus().isUnauthorized();
        }

        // when / then
        list("dipu-liaison", "dipu-demo-2026").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "600")
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:too-many-failed-logins")
                .jsonPath("$.status").isEqualTo(429);
        web.get().uri("/api/things").headers(SampleLogins::viewer).exchange().expectStatus().isOk();
    }

    @Test
    void shouldLetTheUserInAgainWhenTheLockoutHasPassed() {
        for (int i = 0; i < 3; i++) {
            list("dipu-liaison", "guess-" + i).expectStatus().isUnauthorized();
        }
        SecuredApp.CLOCK.advance(Duration.ofMinutes(9));
        list("dipu-liaison", "dipu-demo-2026").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60");

        // when
        SecuredApp.CLOCK.advance(Duration.ofMinutes(1));

        // then
        list("dipu-liaison", "dipu-demo-2026").expectStatus().isOk();
    }

    @Test
    void shouldNotLockANameOutWhenItsFailuresAreFurtherApartThanTheWindow() {
        for (int i = 0; i < 5; i++) {
            list("dipu-liaison", "typo-" + i).expectStatus().isUnauthorized();
            SecuredApp.CLOCK.advance(Duration.ofSeconds(40));
        }
        list("dipu-liaison", "dipu-demo-2026").expectStatus().isOk();
    }

    @Test
    void shouldLockTheAddressOutWhenItTriesManyNames() {
        for (String name : new String[] {"a", "b", "c", "d", "e", "f"}) {
            list(name, "123456").expectStatus().isUnauthorized();
        }
        list("office-wang", "office-demo-2026").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("address"));
    }

    private WebTestClient.ResponseSpec list(String username, String password) {
        return web.get().uri("/api/things").headers(h -> h.setBasicAuth(username, password)).exchange();
    }
}
