package org.huiying.intake.scraper;

import org.huiying.contracts.scraper.ScrapedPost;
import org.huiying.contracts.scraper.ScraperHeartbeat;
import org.huiying.contracts.scraper.ScraperMessage;
import org.huiying.support.kafka.UnreadableMessageException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrapedPostReaderTest {

    private final ScrapedPostReader reader = new ScrapedPostReader();

    @Test
    void shouldReadTheContractSampleOfAThreadStart() throws IOException {
        ScrapedPost post = reader.read(sample("thread-start.json"));

        assertThat(post.caseId()).isEqualTo("anji-bbs:t-88021");
        assertThat(post.isThreadStart()).isTrue();
        assertThat(post.board()).isEqualTo("递铺论坛");
        assertThat(post.postedAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T01:15:00Z"));
    }

    @Test
    void shouldReadAReplyAndIgnoreUnknownFields() throws IOException {
        ScrapedPost reply = reader.read(sample("reply.json"));

        assertThat(reply.isThreadStart()).isFalse();
        assertThat(reply.replyTo()).isEqualTo("p-5501");
        assertThat(reply.author()).isEqualTo("安吉交通");
    }

    @Test
    void shouldNameTheMissingFieldWhenARequiredOneIsAbsent() {
        String json = ScrapedPostFixture.withoutField(
                ScrapedPostFixture.threadStart("anji-bbs", "t-1", "p-1", "标题"), "threadId");

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessage("missing required field 'threadId'");
    }

    @Test
    void shouldRefuseATimeWithoutOffset() {
        String json = ScrapedPostFixture.threadStart("anji-bbs", "t-1", "p-1", "标题")
                .replace("2026-03-02T09:15:00+08:00", "2026-03-02 09:15");

        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageContaining("'postedAt'");
    }

    @Test
    void shouldRefuseSomethingThatIsNotJson() {
        assertThatThrownBy(() -> reader.read("<html>502 Bad Gateway</html>"))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void shouldReadAHeartbeatOfTheSource() throws IOException {
        ScraperMessage message = reader.readMessage(sample("heartbeat.json"));

        assertThat(message).isEqualTo(new ScraperHeartbeat("anji-bbs",
                java.time.OffsetDateTime.parse("2026-03-02T10:00:00+08:00")));
    }

    @Test
    void shouldRefuseAPostDatedBefore2000OrFarInTheFutureOrAfterItWasScraped() {
        String post = ScrapedPostFixture.threadStart("anji-bbs", "t-1", "p-1", "标题");
        ScrapedPostReader atMarch2026 = new ScrapedPostReader(
                java.time.Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), java.time.ZoneOffset.UTC),
                ScrapeLimits.defaults());

        assertThatThrownBy(() -> atMarch2026.read(post.replace("2026-03-02T09:15:00+08:00",
                "1999-12-31T23:00:00+08:00")))
                .isInstanceOf(UnreadableMessageException.class).hasMessageContaining("'postedAt' is before 2000");
        assertThatThrownBy(() -> atMarch2026.read(post.replace("2026-03-02T09:15:00+08:00",
                "+300000000-01-01T00:00:00+08:00")))
                .isInstanceOf(UnreadableMessageException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> atMarch2026.read(post.replace("2026-03-02T09:15:00+08:00",
                "2026-03-02T09:59:00+08:00").replace("2026-03-02T09:15:30+08:00", "2026-03-02T08:00:00+08:00")))
                .isInstanceOf(UnreadableMessageException.class).hasMessageContaining("is after 'scrapedAt'");
    }

    @Test
    void shouldKeepAnOverlongBodyTruncatedWithItsOriginalLength() {
        ScrapedPostReader reader = new ScrapedPostReader(java.time.Clock.systemUTC(), new ScrapeLimits(null, 10));
        String post = ScrapedPostFixture.threadStart("anji-bbs", "t-1", "p-1", "标题");
        String body = new ScrapedPostReader().read(post).body();

        String kept = reader.read(post).body();

        assertThat(body.length()).isGreaterThan(10);
        assertThat(kept).startsWith(body.substring(0, 10)).contains("truncated: the original has " + body.length());
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = ScrapedPostReaderTest.class.getResourceAsStream("/samples/scraper.posts.v1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
