package org.huiying.support.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.EventType;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.support.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiying.support.kafka.EnvelopeFixture.changed;
import static org.huiying.support.kafka.EnvelopeFixture.goldenSample;
import static org.huiying.support.kafka.EnvelopeFixture.postReceived;
import static org.huiying.support.kafka.EnvelopeFixture.tree;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec(Json.newMapper());

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldDecodeTheRecordOfItsTypeWhenAGoldenSampleIsRead(EventType type) {
        // given
        String sample = goldenSample(type);

        // when
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(sample);

        // then
        assertThat(envelope.type()).isEqualTo(type.wireName());
        assertThat(envelope.data()).isExactlyInstanceOf(type.recordType());
        assertThat(envelope.id()).isEqualTo(envelope.data().eventId());
        assertThat(envelope.subject()).isEqualTo(envelope.data().key());
        assertThat(envelope.time()).isEqualTo(envelope.data().occurredAt());
        assertThat(envelope.schemaVersion()).isEqualTo(type.schemaVersion());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldWriteTheSampleBackUnchangedWhenADecodedSampleIsEncoded(EventType type) {
        // given
        String sample = goldenSample(type);

        // when
        String encoded = codec.encode(codec.decode(sample));

        // then
        assertThat(tree(encoded)).isEqualTo(tree(sample));
    }

    @Test
    void shouldReadEveryFieldOfThePostWhenTheSampleIsDecoded() {
        PostReceived post = (PostReceived) codec.decode(postReceived()).data();

        assertThat(post.caseId()).isEqualTo("anji-bbs:t-88021");
        assertThat(post.board()).isEqualTo("递铺论坛");
        assertThat(post.title()).isEqualTo("递铺镇胜利西路红绿灯时间太短，老人过马路很危险");
        assertThat(post.postedAt()).isEqualTo(Instant.parse("2026-03-02T01:15:00Z"));
    }

    @Test
    void shouldIgnoreThemWhenTheEnvelopeHasUnknownFields() {
        // given
        String withExtensions = changed(postReceived(), envelope -> envelope
                .put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .put("partitionkey", "anji-bbs:t-88021"));

        // when
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(withExtensions);

        // then
        assertThat(envelope).isEqualTo(codec.decode(postReceived()));
    }

    @Test
    void shouldIgnoreThemWhenTheDataHasUnknownFields() {
        // given
        String withNewerData = changed(postReceived(), envelope -> ((ObjectNode) envelope.get("data"))
                .put("replyCount", 3)
                .put("district", "递铺街道"));

        // when
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(withNewerData);

        // then
        assertThat(envelope.data()).isEqualTo(codec.decode(postReceived()).data());
    }

    @Test
    void shouldRefuseTheMessageWhenTheTypeIsMissing() {
        String withoutType = changed(postReceived(), envelope -> envelope.remove("type"));

        assertThatThrownBy(() -> codec.decode(withoutType))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessage("missing field 'type'");
    }

    @Test
    void shouldRefuseTheMessageWhenTheTypeIsUnknown() {
        String unknownType = changed(postReceived(), envelope -> envelope.put("type", "post-deleted"));

        assertThatThrownBy(() -> codec.decode(unknownType))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessage("unknown event type 'post-deleted'");
    }

    @Test
    void shouldRefuseTheMessageWhenItIsNotJson() {
        assertThatThrownBy(() -> codec.decode("<html>502 Bad Gateway</html>"))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void shouldRefuseTheMessageWhenTheJsonIsCutOff() {
        String truncated = postReceived().substring(0, postReceived().indexOf("\"data\""));

        assertThatThrownBy(() -> codec.decode(truncated))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void shouldRefuseTheMessageWhenTheDataIsMissing() {
        String withoutData = changed(postReceived(), envelope -> envelope.remove("data"));

        assertThatThrownBy(() -> codec.decode(withoutData))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessage("missing field 'data'");
    }

    @Test
    void shouldNameTheTypeWhenTheDataDoesNotFitTheRecord() {
        String badTime = changed(postReceived(), envelope -> ((ObjectNode) envelope.get("data"))
                .put("postedAt", "上周一上午"));

        assertThatThrownBy(() -> codec.decode(badTime))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageStartingWith("not a valid 'post-received' event");
    }
}
