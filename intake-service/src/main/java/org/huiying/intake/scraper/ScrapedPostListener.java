package org.huiying.intake.scraper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.huiying.support.kafka.UnreadableMessageException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Consumes what the forum scrapers publish. The first post of a thread opens a case and is classified by the keyword
 * rules; every other post goes to the case with the unit whose registered account wrote it, if any. What a reply
 * means (follow-up, acknowledgement, progress, or nothing credited) is the case's decision.
 */
@Component
public class ScrapedPostListener {

    private final ScrapedPostReader reader;
    private final CommandGateway commands;
    private final CaseClassifier classifier;
    private final RegisteredAccounts accounts;
    private final UnattributedReplies unattributed;
    private final Clock clock;

    public ScrapedPostListener(ScrapedPostReader reader, CommandGateway commands, CaseClassifier classifier,
                               RegisteredAccounts accounts, UnattributedReplies unattributed, Clock clock) {
        this.reader = reader;
        this.commands = commands;
        this.classifier = classifier;
        this.accounts = accounts;
        this.unattributed = unattributed;
        this.clock = clock;
    }

    @KafkaListener(id = "scraped-posts", topics = Topics.SCRAPER_POSTS)
    public void onMessage(ConsumerRecord<String, String> record) {
        ScrapedPost post = reader.read(record.value());
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
