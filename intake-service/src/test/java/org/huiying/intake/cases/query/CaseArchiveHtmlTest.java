package org.huiying.intake.cases.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseArchiveHtmlTest {

    private static final Instant POSTED = Instant.parse("2026-03-02T01:15:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldShowAScriptAddressAsInertTextWhenTheScrapedPostCarriesOne() {
        // when
        String html = CaseArchiveHtml.render(archive("javascript:alert(1)", "路灯不亮"), ZONE);

        // then
        assertThat(html).contains("javascript:alert(1)").doesNotContain("href=\"javascript", "<a ");
    }

    @Test
    void shouldLinkThePostWhenItsAddressIsAWebAddress() {
        String html = CaseArchiveHtml.render(archive("https://bbs.anji.example/thread-9", "路灯不亮"), ZONE);

        assertThat(html).contains("<a href=\"https://bbs.anji.example/thread-9\" rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void shouldEscapeMarkupWhenTheNetizenWritesIt() {
        String html = CaseArchiveHtml.render(archive(null, "<img src=x onerror=alert(1)>\"'"), ZONE);

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;");
    }

    private static CaseArchive archive(String url, String title) {
        CaseSummary summary = new CaseSummary("anji-bbs:t-9", "received", "anji-bbs", "t-9", "p-1", url, "递铺论坛",
                title, POSTED, POSTED, POSTED, "forum", "complaint", "general", "keyword-rules", "assigned", "dipu",
                List.of(), POSTED, null, null, 0, 0, null, null, null, null, null, null, null, 0, null, null);
        TimelineEntry received = new TimelineEntry(0, "post-received", POSTED, null, "网民 netizen", "forum",
                "受理 Received", title);
        return new CaseArchive("anji-bbs:t-9", summary, "竹乡老李", Map.of("dipu", "递铺街道"), List.of(received),
                POSTED, "office-wang");
    }
}
