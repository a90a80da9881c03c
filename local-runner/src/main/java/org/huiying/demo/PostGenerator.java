package org.huiying.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Makes simulated forum threads: an opening post from a netizen and, usually, a later reply from the account of
 * a registered unit. The choice of texts comes from a seeded {@link Random}, so a seed gives the same sequence of
 * threads; ids include the generator's start time, so they are unique across runs.
 */
public final class PostGenerator {

    /** Forum times are China Standard Time. */
    public static final ZoneOffset FORUM_OFFSET = ZoneOffset.ofHours(8);

    private static final double REPLY_WHEN_ROUTED = 0.8;
    private static final double REPLY_WHEN_NOT_ROUTED = 0.25;

    private final PostTemplates templates;
    private final UnitDirectory directory;
    private final Random random;
    private final Clock clock;
    private final String runId;
    private final Duration minReplyDelay;
    private final Duration maxReplyDelay;
    private final int totalSourceWeight;
    private long sequence;

    /** A thread's opening post and the reply planned for it, if any. */
    public record DemoThread(ForumPost opening, Optional<PlannedReply> reply) {
    }

    /** A reply to publish {@code delay} after the opening post. */
    public record PlannedReply(String postId, String author, String body, Duration delay) {
    }

    public PostGenerator(PostTemplates templates, UnitDirectory directory, long seed, Clock clock,
                         Duration minReplyDelay, Duration maxReplyDelay) {
        if (maxReplyDelay.compareTo(minReplyDelay) < 0) {
            throw new IllegalArgumentException("maxReplyDelay < minReplyDelay");
        }
        this.templates = templates;
        this.directory = directory;
        this.random = new Random(seed);
        this.clock = clock;
        this.runId = Long.toString(clock.millis());
        this.minReplyDelay = minReplyDelay;
        this.maxReplyDelay = maxReplyDelay;
        this.totalSourceWeight = templates.sources().stream().mapToInt(PostTemplates.Source::weight).sum();
    }

    public synchronized DemoThread nextThread() {
        PostTemplates.Source source = pickSource();
        List<PostTemplates.Template> usable = templates.posts().stream()
                .filter(t -> source.board() == null || t.board() == null)
                .toList();
        PostTemplates.Template template = pick(usable);
        String place = pick(templates.places());
        String road = pick(templates.roads());
        String title = fill(template.title(), place, road);
        String body = fill(template.body(), place, road);
        String board = source.board() != null ? source.board()
                : template.board() != null ? template.board() : pick(templates.generalBoards());

        long n = ++sequence;
        String threadId = "demo-thread-" + runId + "-" + n;
        String now = now();
        ForumPost opening = new ForumPost(source.name(), "demo-" + runId + "-" + n, threadId, null,
                source.threadUrl().replace("{threadId}", threadId), board, pick(templates.authors()), title, body,
                now, now);
        return new DemoThread(opening, planReply(opening, template.kind()));
    }

    /** The reply as the scraper would see it now. */
    public ForumPost replyPost(ForumPost opening, PlannedReply reply) {
        String now = now();
        return new ForumPost(opening.source(), reply.postId(), opening.threadId(), opening.postId(), opening.url(),
                opening.board(), reply.author(), null, reply.body(), now, now);
    }

    private Optional<PlannedReply> planReply(ForumPost opening, String kind) {
        String text = opening.title() + "\n" + opening.body();
        Optional<UnitDirectory.Unit> lead = directory.route(opening.board(), text)
                .filter(unit -> unit.handleOn(opening.source()).isPresent());
        UnitDirectory.Unit responder;
        double chance = random.nextDouble();
        if (lead.isPresent()) {
            if (chance >= REPLY_WHEN_ROUTED) {
                return Optional.empty();
            }
            responder = lead.get();
        } else {
            List<UnitDirectory.Unit> candidates = directory.unitsOn(opening.source());
            if (candidates.isEmpty() || chance >= REPLY_WHEN_NOT_ROUTED) {
                return Optional.empty();
            }
            responder = pick(candidates);
        }
        String body = pick(templates.replies().get(kind))
                .replace("{unit}", responder.name())
                .replace("{title}", opening.title());
        long spread = maxReplyDelay.toMillis() - minReplyDelay.toMillis();
        Duration delay = minReplyDelay.plusMillis(spread == 0 ? 0 : (long) (random.nextDouble() * spread));
        String postId = "demo-" + runId + "-" + (++sequence);
        return Optional.of(new PlannedReply(postId, responder.handleOn(opening.source()).orElseThrow(), body,
                delay));
    }

    private PostTemplates.Source pickSource() {
        int ticket = random.nextInt(totalSourceWeight);
        for (PostTemplates.Source source : templates.sources()) {
            ticket -= source.weight();
            if (ticket < 0) {
                return source;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String fill(String text, String place, String road) {
        return text.replace("{place}", place).replace("{road}", road);
    }

    private String now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(FORUM_OFFSET).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
