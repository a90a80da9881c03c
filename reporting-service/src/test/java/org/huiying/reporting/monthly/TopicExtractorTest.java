package org.huiying.reporting.monthly;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicExtractorTest {

    private final TopicExtractor extractor = new TopicExtractor(List.of("问题", "希望"));

    @Test
    void shouldRankTopicsByTheNumberOfTitlesMentioningThemWhenTitlesShareWords() {
        List<Topic> topics = extractor.busiest(List.of("胜利西路红绿灯时间太短", "昌硕路口红绿灯坏了",
                "小区垃圾无人清运", "垃圾桶满了希望处理", "红绿灯问题"), 3);

        assertThat(topics).first().isEqualTo(new Topic("红绿灯", 3));
        assertThat(topics).containsExactly(new Topic("红绿灯", 3), new Topic("垃圾", 1), new Topic("垃圾桶", 1));
        assertThat(extractor.busiest(List.of("红绿灯问题", "希望修路"), 10)).extracting(Topic::word)
                .doesNotContain("问题", "希望");
    }

    @Test
    void shouldCountATitleOnceWhenItRepeatsAWord() {
        assertThat(extractor.busiest(List.of("红绿灯红绿灯红绿灯"), 5)).containsExactly(new Topic("红绿灯", 1));
    }
}
