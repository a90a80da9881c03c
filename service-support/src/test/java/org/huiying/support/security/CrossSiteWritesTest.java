package org.huiying.support.security;

import org.huiying.support.test.SampleLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebFluxTest(properties = "huiying.security.trusted-origins=https://portal.anji.example")
@ContextConfiguration(classes = SecuredApp.class)
class CrossSiteWritesTest {

    static final String APPROVAL = "/api/things/t-1/approval";

    @Autowired
    WebTestClient web;

    @Test
    void shouldRefuseAWriteWhenTheBrowserSaysAPageOfAnotherSiteSentIt() {
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison)
                .header("Sec-Fetch-Site", "cross-site").header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:cross-site-write")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Sec-Fetch-Site: cross-site"));
    }

    @Test
    void shouldRefuseAWriteWhenItsOriginIsAnotherHostAndTheBrowserSendsNoFetchMetadata() {
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison)
                .header(HttpHeaders.HOST, "intake.anji.example:8081").header(HttpHeaders.ORIGIN, "http://evil.example")
                .exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:cross-site-write")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("http://evil.example"));
    }

    @Test
    void shouldRefuseAFormPostWhenItLacksTheClientHeaderNamingTheHeader() {
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("{}").exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:client-header-required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("X-Huiying-Client"));
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("a=1").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldAcceptTheWriteWhenItComesFromTheSameOriginOrATrustedOneOrFromAClientThatIsNotABrowser() {
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).header("Sec-Fetch-Site", "same-origin")
                .exchange().expectStatus().isNoContent();
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison)
                .header(HttpHeaders.HOST, "intake.anji.example:8081")
                .header(HttpHeaders.ORIGIN, "http://intake.anji.example:8081").exchange().expectStatus().isNoContent();
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).header("Sec-Fetch-Site", "same-site")
                .header(HttpHeaders.ORIGIN, "https://portal.anji.example").exchange().expectStatus().isNoContent();
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).exchange().expectStatus().isNoContent();
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isNoContent();
        web.post().uri(APPROVAL).headers(SampleLogins::dipuLiaison).header("X-Huiying-Client", "script")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("{}").exchange().expectStatus().isNoContent();
    }

    @Test
    void shouldLetReadsThroughWhenAnotherSiteLinksToThem() {
        web.get().uri("/api/things").headers(SampleLogins::viewer).header("Sec-Fetch-Site", "cross-site")
                .exchange().expectStatus().isOk();
    }
}
