package org.huiying.support.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
            " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "/relative/path", "http:/no-host",
            "https://bbs.example/t 1"})
    void shouldShowTheAddressAsInertTextWhenItIsNotAWebAddress(String url) {
        String html = SafeLinks.link(url);

        assertThat(html).doesNotContain("<a ", "href").startsWith("<span class=\"inert-url\"");
    }

    @Test
    void shouldLinkTheAddressWhenItIsAWebAddress() {
        assertThat(SafeLinks.link("https://bbs.anji.gov.cn/thread-1001-1-1.html?from=a&to=b"))
                .isEqualTo("<a href=\"https://bbs.anji.gov.cn/thread-1001-1-1.html?from=a&amp;to=b\""
                        + " rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                        + "https://bbs.anji.gov.cn/thread-1001-1-1.html?from=a&amp;to=b</a>");
        assertThat(SafeLinks.isWebAddress("HTTP://bbs.example/x")).isTrue();
    }

    @Test
    void shouldEscapeMarkupAndQuotesWhenTheAddressCarriesThem() {
        String html = SafeLinks.link("https://bbs.example/\"onmouseover=alert(1)//<script>'");

        assertThat(html).doesNotContain("<script>", "\"onmouseover", "'").contains("&lt;script&gt;", "&quot;",
                "&#39;");
    }

    @Test
    void shouldShowNothingWhenThereIsNoAddress() {
        assertThat(SafeLinks.link(null)).isEmpty();
    }
}
