package org.huiying.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.scraper.ScrapedPost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ForumSimulatorTest {

    /** The demo unit directory of the repository (the tests run in local-runner/). */
    private static final Path DIRECTORY = Path.of("..").resolve(UnitDirectory.REPOSITORY_FILE);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:15:00Z"), ZoneOffset.UTC);
    private static final List<String> REQUIRED = List.of("source", "postId", "threadId", "author", "body",
            "postedAt", "scrapedAt");

    private static PostTemplates templates;
    private static UnitDirectory directory;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void load() {
        templates = PostTemplates.load();
        directory = UnitDirectory.load(DIRECTORY);
    }

    private static PostGenerator generator(long seed) {
        return new PostGenerator(templates, directory, seed, CLOCK, Duration.ZERO, Duration.ofMillis(50));
    }

    private static List<PostGenerator.DemoThread> threads(int count) {
        PostGenerator generator = generator(42);
        List<PostGenerator.DemoThread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(generator.nextThread());
        }
        return threads;
    }

    @Test
    void templatesAreVariedAndRealistic() {
        assertThat(templates.posts()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(templates.posts().stream().map(PostTemplates.Template::title).distinct().count())
                .isEqualTo(templates.posts().size());
        assertThat(templates.posts().stream().map(PostTemplates.Template::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("complaint", "suggestion", "consultation");
        String allText = templates.posts().stream().map(t -> t.title() + t.body()).collect(Collectors.joining())
                + String.join("", templates.places());
        assertThat(allText).contains("孝丰", "天荒坪", "梅溪", "灵峰", "公交", "红绿灯", "物业", "学校", "医院", "占道",
                "食品安全");
        assertThat(templates.generalBoards()).contains("民生热线", "百姓呼声");
        assertThat(templates.posts().stream().map(PostTemplates.Template::board))
                .contains("递铺论坛", "昌硕社区", "教育问答");
    }

    @Test
    void openingPostsCarryEveryRequiredField() {
        for (PostGenerator.DemoThread thread : threads(200)) {
            ForumPost post = thread.opening();
            assertRequiredFields(post);
            assertThat(post.replyTo()).isNull();
            assertThat(post.title()).isNotBlank();
            assertThat(post.board()).isNotBlank();
            assertThat(post.url()).contains(post.threadId());
            assertThat(post.kafkaKey()).isEqualTo(post.source() + ":" + post.threadId());
            assertThat(post.body()).doesNotContain("{place}", "{road}");
            assertThat(post.title()).doesNotContain("{place}", "{road}");
        }
    }

    @Test
    void timestampsAreIso8601WithTheForumOffset() {
        ForumPost post = threads(1).get(0).opening();

        assertThat(post.postedAt()).isEqualTo("2026-03-02T09:15:00+08:00");
        assertThat(OffsetDateTime.parse(post.postedAt()).toInstant()).isEqualTo(CLOCK.instant());
        assertThat(OffsetDateTime.parse(post.scrapedAt()).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void postIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (PostGenerator.DemoThread thread : threads(300)) {
            assertThat(ids.add(thread.opening().postId())).isTrue();
            thread.reply().ifPresent(reply -> assertThat(ids.add(reply.postId())).isTrue());
        }
        assertThat(threads(1).get(0).opening().postId()).startsWith("demo-" + CLOCK.millis() + "-");
    }

    @Test
    void repliesComeFromRegisteredAccountsInTheSameThread() {
        PostGenerator generator = generator(42);
        int replies = 0;
        for (int i = 0; i < 300; i++) {
            PostGenerator.DemoThread thread = generator.nextThread();
            if (thread.reply().isEmpty()) {
                continue;
            }
            replies++;
            ForumPost opening = thread.opening();
            ForumPost reply = generator.replyPost(opening, thread.reply().get());
            assertRequiredFields(reply);
            assertThat(reply.replyTo()).isEqualTo(opening.postId());
            assertThat(reply.threadId()).isEqualTo(opening.threadId());
            assertThat(reply.source()).isEqualTo(opening.source());
            assertThat(reply.kafkaKey()).isEqualTo(opening.kafkaKey());
            assertThat(reply.title()).isNull();
            assertThat(registeredHandles(opening.source())).contains(reply.author());
            assertThat(reply.body()).doesNotContain("{unit}", "{title}");
        }
        assertThat(replies).isGreaterThan(100).isLessThan(300);
    }

    @Test
    void mostPostsMatchARoutingRuleAndSomeMatchNone() {
        List<PostGenerator.DemoThread> threads = threads(300);
        long routed = threads.stream().map(PostGenerator.DemoThread::opening)
                .filter(p -> directory.route(p.board(), p.title() + "\n" + p.body()).isPresent())
                .count();

        assertThat(routed).isGreaterThan(threads.size() / 2).isLessThan(threads.size());
        Set<String> leads = threads.stream().map(PostGenerator.DemoThread::opening)
                .map(p -> directory.route(p.board(), p.title() + "\n" + p.body()))
                .flatMap(Optional::stream).map(UnitDirectory.Unit::id).collect(Collectors.toSet());
        assertThat(leads).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void sameSeedSameTexts() {
        PostGenerator a = generator(7);
        PostGenerator b = generator(7);
        for (int i = 0; i < 20; i++) {
            ForumPost x = a.nextThread().opening();
            ForumPost y = b.nextThread().opening();
            assertThat(x.title()).isEqualTo(y.title());
            assertThat(x.author()).isEqualTo(y.author());
        }
    }

    @Test
    void publishesContractMessagesToTheScraperTopic() throws Exception {
        MockProducer<String, String> producer = new MockProducer<>(true, new StringSerializer(),
                new StringSerializer());
        List<String> lines = new CopyOnWriteArrayList<>();
        PostGenerator generator = new PostGenerator(templates, directory, 3, Clock.systemUTC(), Duration.ZERO,
                Duration.ofMillis(20));
        try (ForumSimulator simulator = new ForumSimulator(producer, generator, 600, lines::add)) {
            for (int i = 0; i < 40; i++) {
                simulator.publishNextThread();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> simulator.repliesSent() >= 10);
            assertThat(simulator.postsSent()).isEqualTo(40);
            assertThat(simulator.failures()).isZero();
        }

        List<ProducerRecord<String, String>> records = producer.history();
        Map<String, ForumPost> openings = new HashMap<>();
        ObjectMapper contractReader = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        for (ProducerRecord<String, String> record : records) {
            assertThat(record.topic()).isEqualTo("scraper.posts.v1");
            JsonNode value = json.readTree(record.value());
            for (String field : REQUIRED) {
                assertThat(value.path(field).asText()).as(field).isNotBlank();
            }
            assertThat(record.key()).isEqualTo(value.get("source").asText() + ":" + value.get("threadId").asText());
            assertThat(value.has("replyTo")).isEqualTo(!value.has("title"));
            for (String absent : List.of("kafkaKey", "threadStart")) {
                assertThat(value.has(absent)).as(absent).isFalse();
            }

            ScrapedPost contract = contractReader.readValue(record.value(), ScrapedPost.class);
            assertThat(contract.caseId()).isEqualTo(record.key());
            assertThat(contract.postedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
            ForumPost post = json.readValue(record.value(), ForumPost.class);
            if (contract.isThreadStart()) {
                openings.put(post.postId(), post);
            } else {
                ForumPost opening = openings.get(post.replyTo());
                assertThat(opening).as("the opening post of reply %s was published before it", post.postId())
                        .isNotNull();
                assertThat(post.threadId()).isEqualTo(opening.threadId());
                assertThat(registeredHandles(post.source())).contains(post.author());
            }
        }
        assertThat(openings).hasSize(40);
        assertThat(lines).anyMatch(l -> l.contains("demo post")).anyMatch(l -> l.contains("demo reply"));
    }

    @Test
    void startPublishesAtTheConfiguredRate() {
        MockProducer<String, String> producer = new MockProducer<>(true, new StringSerializer(),
                new StringSerializer());
        try (ForumSimulator simulator = new ForumSimulator(producer, generator(1), 60_000, line -> { })) {
            simulator.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.postsSent() >= 5);
        }
        assertThat(producer.history()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static Set<String> registeredHandles(String source) {
        return directory.units().stream()
                .flatMap(unit -> unit.accounts().stream())
                .filter(account -> account.source().equals(source))
                .map(UnitDirectory.Account::handle)
                .collect(Collectors.toSet());
    }

    private static void assertRequiredFields(ForumPost post) {
        assertThat(post.source()).isNotBlank();
        assertThat(post.postId()).isNotBlank();
        assertThat(post.threadId()).isNotBlank();
        assertThat(post.author()).isNotBlank();
        assertThat(post.body()).isNotBlank();
        assertThat(OffsetDateTime.parse(post.postedAt()).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(OffsetDateTime.parse(post.scrapedAt()).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }
}
