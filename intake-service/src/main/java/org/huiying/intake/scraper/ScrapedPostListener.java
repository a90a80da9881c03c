package org.huiying.intake.scraper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.scraper.ScrapedPost;
import org.huiying.intake.cases.ReceivePostCommand;
import org.huiying.support.eventstore.CommandMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Consumes what the forum scrapers publish. The first post of a thread opens a case; what a reply or a follow-up
 * means for the case is decided by the case's lifecycle rules.
 */
@Component
public class ScrapedPostListener {

    private static final Logger log = LoggerFactory.getLogger(ScrapedPostListener.class);

    private final ScrapedPostReader reader;
    private final CommandGateway commands;
    private final Clock clock;

    public ScrapedPostListener(ScrapedPostReader reader, CommandGateway commands, Clock clock) {
        this.reader = reader;
        this.commands = commands;
        this.clock = clock;
    }

    @KafkaListener(id = "scraped-posts", topics = Topics.SCRAPER_POSTS)
    public void onMessage(ConsumerRecord<String, String> record) {
        ScrapedPost post = reader.read(record.value());
        if (!post.isThreadStart()) {
            log.debug("Reply {} in {} is not a thread start", post.postId(), post.caseId());
            return;
        }
        commands.sendAndWait(new ReceivePostCommand(post.caseId(), post.source(), post.postId(), post.threadId(),
                        post.url(), post.board(), post.author(), post.title(), post.body(),
                        post.postedAt().toInstant(), post.scrapedAt().toInstant(), Channel.FORUM, clock.instant()),
                CommandMetaData.causedBy(post.source() + ":" + post.postId(), post.caseId()));
    }
}
