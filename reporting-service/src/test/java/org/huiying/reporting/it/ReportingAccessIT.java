package org.huiying.reporting.it;

import org.huiying.support.test.SampleLogins;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures and the dashboard are open; only the office may rebuild the read model. */
class ReportingAccessIT extends ReportingServiceIT {

    @Test
    void shouldAskForALoginAndTheOfficeRoleWhenTheReadModelIsRebuilt() {
        // when / then
        web.post().uri("/api/admin/rebuild").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"huiying\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:login-required")
                .jsonPath("$.status").isEqualTo(401);
        web.post().uri("/api/admin/rebuild").headers(SampleLogins::viewer).exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:role-required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("无此权限", "POST /api/admin/rebuild"));
        web.post().uri("/api/admin/rebuild").headers(SampleLogins::dipuLiaison).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/admin/rebuild").headers(h -> h.setBasicAuth("office-wang", "wrong")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldShowTheFiguresAndTheDashboardWithoutALogin() {
        web.get().uri("/api/units").exchange().expectStatus().isOk();
        web.get().uri("/api/assessment?period=2025").exchange().expectStatus().isOk();
        web.get().uri("/dashboard/index.html").exchange().expectStatus().isOk();
        web.get().uri("/dashboard/dashboard.js").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.securitySchemes.basic.scheme").isEqualTo("basic");
    }
}
