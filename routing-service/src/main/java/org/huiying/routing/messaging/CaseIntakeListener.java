package org.huiying.routing.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.routing.assignmentview.CaseClosures;
import org.huiying.routing.assignment.AssignCaseCommand;
import org.huiying.routing.assignment.QueueCaseForTriageCommand;
import org.huiying.routing.rules.RoutingDecision;
import org.huiying.routing.rules.RoutingRules;
import org.huiying.routing.slip.CasePost;
import org.huiying.routing.slip.CasePosts;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Routes every newly received case by the directory's rules, keeping its post for the dispatch slip; takes closed cases
 * off the units' current cases and puts reopened ones back.
 */
@Component
public class CaseIntakeListener {

    static final String NO_RULE_MATCHED = "no routing rule matched";

    private final EnvelopeCodec codec;
    private final RoutingRules rules;
    private final CommandGateway commands;
    private final CasePosts posts;
    private final CaseClosures closures;
    private final Clock clock;

    public CaseIntakeListener(EnvelopeCodec codec, RoutingRules rules, CommandGateway commands, CasePosts posts,
                              CaseClosures closures, Clock clock) {
        this.closures = closures;
        this.codec = codec;
        this.rules = rules;
        this.commands = commands;
        this.posts = posts;
        this.clock = clock;
    }

    @KafkaListener(id = "routing-intake-cases", topics = Topics.INTAKE_CASES)
    public void onMessage(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope = codec.decode(record.value());
        if (envelope.data() instanceof CaseClosed closed) {
            closures.closed(closed.caseId());
            return;
        }
        if (envelope.data() instanceof CaseReopened reopened) {
            closures.reopened(reopened.caseId());
            return;
        }
        if (!(envelope.data() instanceof PostReceived post)) {
            return;
        }
        posts.save(new CasePost(post.caseId(), post.source(), post.board(), post.title(), post.body(), post.url(),
                post.postedAt()));
        RoutingDecision decision = rules.decide(post.source(), post.board(), post.title(), post.body());
        Instant now = clock.instant();
        Object command = decision.needsTriage()
                ? new QueueCaseForTriageCommand(post.caseId(), NO_RULE_MATCHED, now)
                : new AssignCaseCommand(post.caseId(), decision.lead(), decision.coUnits(), decision.leadRule(),
                null, ruleTime(post, now));
        commands.sendAndWait(command, CommandMetaData.causedBy(envelope));
    }

    /**
     * A rule assigns a case as it is posted: the rules decide from the post alone, so the assignment holds from the
     * post's time, however late the post was read (a backlog, a catch-up) — the unit is charged from then on
     * (decision 0072). A post dated after now (a scraper's clock ahead) is assigned now.
     */
    private static Instant ruleTime(PostReceived post, Instant now) {
        return post.postedAt() != null && post.postedAt().isBefore(now) ? post.postedAt() : now;
    }
}
