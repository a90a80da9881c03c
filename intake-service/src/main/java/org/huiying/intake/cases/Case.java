package org.huiying.intake.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One netizen's post and everything that happens to it until it is archived. */
@Aggregate(cache = "aggregateCache")
public class Case {

    @AggregateIdentifier
    private String caseId;

    protected Case() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceivePostCommand command) {
        if (caseId != null) {
            return; // the scraper resent the thread's first post
        }
        apply(new PostReceivedEvent(command.caseId(), command.source(), command.postId(), command.threadId(),
                command.url(), command.board(), command.author(), command.title(), command.body(),
                command.postedAt(), command.scrapedAt(), command.channel(), command.receivedAt()));
    }

    @EventSourcingHandler
    void on(PostReceivedEvent event) {
        caseId = event.caseId();
    }
}
