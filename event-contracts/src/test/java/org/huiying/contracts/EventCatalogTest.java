package org.huiying.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern VERSIONED_TOPIC = Pattern.compile("[a-z]+(\\.[a-z]+)*\\.v[1-9][0-9]*");
    private static final Pattern REQUIRED_LIST = Pattern.compile("\"required\"\\s*:\\s*\\[([^]]*)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldHaveAGoldenSampleWhenAnEventTypeIsCatalogued(EventType type) throws IOException {
        // when
        String sample = resource("/samples/" + type.topic() + "/" + type.wireName() + ".json");

        // then
        assertThat(sample).as("golden sample of %s", type).isNotNull();
        assertThat(sample).containsPattern("\"type\"\\s*:\\s*\"" + type.wireName() + "\"");
    }

    @Test
    void shouldKeepWireNamesUniqueAndKebabCaseWhenTheCatalogueIsRead() {
        List<String> wireNames = Arrays.stream(EventType.values()).map(EventType::wireName).toList();

        assertThat(wireNames).doesNotHaveDuplicates();
        assertThat(wireNames).allMatch(name -> KEBAB_CASE.matcher(name).matches(), "kebab-case");
    }

    @Test
    void shouldFindEachEventTypeByItsWireNameAndRecordWhenLookedUp() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.byWireName(type.wireName())).contains(type);
            assertThat(EventType.of(type.recordType())).isEqualTo(type);
        }
        assertThat(EventType.byWireName("post-deleted")).isEmpty();
    }

    @Test
    void shouldEndEveryTopicWithItsMajorVersionWhenTopicsAreDeclared() throws IllegalAccessException {
        Map<String, String> topics = topicConstants();

        assertThat(topics).isNotEmpty();
        assertThat(topics.values()).allMatch(topic -> VERSIONED_TOPIC.matcher(topic).matches(), "ends with .v<major>");
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic)).allMatch(topics::containsValue);
    }

    @Test
    void shouldDeclareTheDeadLetterTopicOfEveryTopicWhenTopicsAreDeclared() throws IllegalAccessException {
        Map<String, String> constants = stringConstants();

        topicConstants().forEach((name, topic) -> {
            assertThat(constants).as("dead-letter constant of %s", name).containsKey(name + "_DLT");
            assertThat(constants.get(name + "_DLT")).isEqualTo(Topics.deadLetterOf(topic))
                    .isEqualTo(topic + ".dlt");
        });
    }

    @Test
    void shouldRequireExactlyTheContractFieldsOfAPostAndOfAHeartbeatWhenTheScraperSchemaIsRead() throws IOException {
        // given
        String schema = resource("/schemas/scraper-post.v1.schema.json");

        // when
        Matcher required = REQUIRED_LIST.matcher(schema);

        // then
        assertThat(required.find()).as("the post's 'required' list").isTrue();
        assertThat(QUOTED.matcher(required.group(1)).results().map(m -> m.group(1)).toList())
                .containsExactlyInAnyOrder("source", "postId", "threadId", "author", "body", "postedAt",
                        "scrapedAt");
        assertThat(required.find()).as("the heartbeat's 'required' list").isTrue();
        assertThat(QUOTED.matcher(required.group(1)).results().map(m -> m.group(1)).toList())
                .containsExactlyInAnyOrder("source", "watermark");
    }

    private static Map<String, String> topicConstants() throws IllegalAccessException {
        Map<String, String> topics = new LinkedHashMap<>(stringConstants());
        topics.keySet().removeIf(name -> name.endsWith("_DLT") || name.equals("DEAD_LETTER_SUFFIX"));
        return topics;
    }

    private static Map<String, String> stringConstants() throws IllegalAccessException {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EventCatalogTest.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
