package org.huiying.intake.scraper;

import org.huiying.contracts.scraper.ScrapedPost;
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

    private static String sample(String name) throws IOException {
        try (InputStream in = ScrapedPostReaderTest.class.getResourceAsStream("/samples/scraper.posts.v1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
