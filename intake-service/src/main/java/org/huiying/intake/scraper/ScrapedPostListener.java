package org.huiying.intake.scraper;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huiying.contracts.scraper.ScraperHeartbeat;
import org.huiying.contracts.scraper.ScraperMessage;
import org.huiying.intake.watermark.SourceWatermarkTracker;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.scraper.ScrapedPost;
import org.huiying.intake.cases.ReceivePostCommand;
import org.huiying.intake.cases.classification.CaseClassifier;
import org.huiying.intake.cases.reply.RecordReplyCommand;
import org.huiying.intake.directory.RegisteredAccounts;
import org.huiying.intake.directory.UnattributedReplies;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.AfterThePoll;
import org.huiying.support.kafka.UnreadableMessageException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Consumes what the forum scrapers publish. The first post of a thread opens a case and is classified by the keyword
 * rules; every other post goes to the case with the unit whose registered account wrote it, if any. What a reply
 * means (follow-up, acknowledgement, progress, or nothing credited) is the case's decision. Every post and heartbeat
 * moves its source's watermark ({@link SourceWatermarkTracker}).
 */
@Component
public class ScrapedPostListener implements ConsumerSeekAware {

    private final ScrapedPostReader reader;
    private final CommandGateway commands;
    private final CaseClassifier classifier;
    private final RegisteredAccounts accounts;
    private final UnattributedReplies unattributed;
    private final Clock clock;
    private final SourceWatermarkTracker watermarks;

    public ScrapedPostListener(ScrapedPostReader reader, CommandGateway commands, CaseClassifier classifier,
                               RegisteredAccounts accounts, UnattributedReplies unattributed, Clock clock,
                               SourceWatermarkTracker watermarks) {
        this.watermarks = watermarks;
        this.reader = reader;
        this.commands = commands;
        this.classifier = classifier;
        this.accounts = accounts;
        this.unattributed = unattributed;
        this.clock = clock;
    }

    @KafkaListener(id = "scraped-posts", topics = Topics.SCRAPER_POSTS)
    public void onMessage(ConsumerRecord<String, String> record, Consumer<?, ?> consumer) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        ScraperMessage message;
        try {
            message = reader.readMessage(record.value());
            if (message instanceof ScraperHeartbeat heartbeat) {
                Map<TopicPartition, Long> endOffsets = consumer.endOffsets(consumer.assignment());
                AfterThePoll.run(() -> watermarks.heartbeat(heartbeat.source(), heartbeat.watermark().toInstant(),
                        partition, record.offset(), endOffsets));
                return;
            }
            receive((ScrapedPost) message);
        } catch (RuntimeException unreadable) {
            AfterThePoll.run(() -> watermarks.processed(partition, record.offset()));
            throw unreadable;
        }
        ScrapedPost post = (ScrapedPost) message;
        boolean caughtUp = caughtUp(consumer, partition, record.offset());
        AfterThePoll.run(() -> watermarks.observed(post.source(), partition, record.offset(),
                post.scrapedAt().toInstant(), caughtUp));
    }

    /** Nothing is left to read on the partition after this record: neither fetched nor on the broker. */
    private static boolean caughtUp(Consumer<?, ?> consumer, TopicPartition partition, long offset) {
        OptionalLong lag = consumer.currentLag(partition);
        return lag.isPresent() && lag.getAsLong() == 0 && consumer.position(partition) == offset + 1;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        watermarks.assigned(assignments);
    }

    private void receive(ScrapedPost post) {
        MetaData cause = CommandMetaData.causedBy(post.source() + ":" + post.postId(), post.caseId());
        Instant now = clock.instant();
        if (post.isThreadStart()) {
            commands.sendAndWait(new ReceivePostCommand(post.caseId(), post.source(), post.postId(), post.threadId(),
                    post.url(), post.board(), post.author(), post.title(), post.body(), post.postedAt().toInstant(),
                    post.scrapedAt().toInstant(), Channel.FORUM, now), cause);
            classifier.classify(post.caseId(), post.title(), post.body(), now, cause);
            return;
        }
        Optional<String> unitId = accounts.unitOf(post.source(), post.author());
        if (unitId.isEmpty()) {
            unattributed.remember(post.source(), post.author(), post.caseId());
        }
        try {
            commands.sendAndWait(new RecordReplyCommand(post.caseId(), post.source(), post.postId(), post.author(),
                    unitId.orElse(null), post.body(), post.postedAt().toInstant(), post.scrapedAt().toInstant(),
                    now), cause);
        } catch (AggregateNotFoundException e) {
            throw new UnreadableMessageException("reply " + post.postId() + " is in thread " + post.threadId()
                    + " whose first post was never received", e);
        }
    }
}
