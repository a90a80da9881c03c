package org.huiying.intake.cases.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.huiying.intake.cases.PostReceivedEvent;
import org.huiying.intake.cases.answer.AnswerApprovedEvent;
import org.huiying.intake.cases.answer.AnswerDraftedEvent;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.answer.AnswerReturnedEvent;
import org.huiying.intake.cases.answer.ReplyMarkedAsAnswerEvent;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseRatedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.outcome.ImplementationConfirmedEvent;
import org.huiying.intake.cases.reply.AssignmentRecordedEvent;
import org.huiying.intake.cases.reply.CaseAcknowledgedEvent;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.huiying.intake.cases.reply.ProgressReportedEvent;
import org.springframework.stereotype.Component;

import java.util.List;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;
import static org.huiying.intake.cases.query.CaseSummaryRepository.date;

/**
 * Keeps {@link CaseSummary} up to date from the Case aggregate's events. Every write sets values (counts are sizes
 * of sets of post ids or event ids), so an event delivered again leaves the same document.
 */
@Component
@ProcessingGroup("case-summary")
public class CaseSummaryProjection {

    private final CaseSummaryRepository summaries;
    private final MeterRegistry meters;

    public CaseSummaryProjection(CaseSummaryRepository summaries, MeterRegistry meters) {
        this.summaries = summaries;
        this.meters = meters;
    }

    @EventHandler
    void on(PostReceivedEvent event) {
        boolean opened = summaries.update(event.caseId(), setOnInsert("status", "received"),
                set("source", event.source()), set("threadId", event.threadId()), set("postId", event.postId()),
                set("url", event.url()), set("board", event.board()), set("title", event.title()),
                set("postedAt", date(event.postedAt())), set("scrapedAt", date(event.scrapedAt())),
                set("receivedAt", date(event.receivedAt())), set("channel", WireName.of(event.channel())));
        if (opened) {
            Counter.builder("huiying.intake.posts.received")
                    .description("Cases opened from netizens' posts (resent posts not counted)")
                    .tag("source", event.source())
                    .register(meters).increment();
        }
    }

    @EventHandler
    void on(CaseClassifiedEvent event) {
        summaries.update(event.caseId(), set("kind", WireName.of(event.kind())),
                set("severity", WireName.of(event.severity())), set("classifiedBy", event.decidedBy()));
    }

    @EventHandler
    void on(AssignmentRecordedEvent event) {
        summaries.update(event.caseId(), set("assignment", event.state()), set("leadUnitId", event.leadUnitId()),
                set("coUnitIds", event.coUnitIds() == null ? List.of() : event.coUnitIds()),
                set("assignedAt", date(event.decidedAt())));
    }

    @EventHandler
    void on(FollowUpAddedEvent event) {
        summaries.update(event.caseId(), addToSet("followUpPostIds", event.postId()));
        summaries.update(event.caseId(), set("followUps", sizeOf(event.caseId(), "followUpPostIds")));
    }

    @EventHandler
    void on(CaseAcknowledgedEvent event) {
        summaries.update(event.caseId(), set("status", "acknowledged"),
                set("acknowledgedAt", date(event.acknowledgedAt())),
                set("acknowledgedVia", WireName.of(event.channel())));
    }

    @EventHandler
    void on(ProgressReportedEvent event, EventMessage<?> message) {
        summaries.update(event.caseId(), addToSet("progressEventIds", message.getIdentifier()));
        summaries.update(event.caseId(), set("progressReports", sizeOf(event.caseId(), "progressEventIds")));
    }

    @EventHandler
    void on(AnswerDraftedEvent event) {
        summaries.update(event.caseId(), set("answerDraft", "drafted"));
    }

    @EventHandler
    void on(ReplyMarkedAsAnswerEvent event) {
        summaries.update(event.caseId(), set("answerDraft", "reply-marked"));
    }

    @EventHandler
    void on(AnswerApprovedEvent event) {
        summaries.update(event.caseId(), set("answerDraft", "approved"));
    }

    @EventHandler
    void on(AnswerReturnedEvent event) {
        summaries.update(event.caseId(), set("answerDraft", "returned"));
    }

    @EventHandler
    void on(AnswerPublishedEvent event) {
        summaries.update(event.caseId(), set("status", "answered"), unset("answerDraft"),
                set("answeredAt", date(event.publishedAt())), set("answeredBy", event.unitId()),
                set("answerApprovedBy", event.approvedBy()));
    }

    @EventHandler
    void on(CaseRatedEvent event) {
        summaries.update(event.caseId(), set("satisfaction", WireName.of(event.satisfaction())),
                set("ratedAt", date(event.ratedAt())));
    }

    @EventHandler
    void on(ImplementationConfirmedEvent event) {
        summaries.update(event.caseId(), set("implementationConfirmedAt", date(event.confirmedAt())));
    }

    @EventHandler
    void on(CaseReopenedEvent event, EventMessage<?> message) {
        summaries.update(event.caseId(), set("status", "reopened"), unset("closedAt"), unset("closeReason"),
                addToSet("reopeningEventIds", message.getIdentifier()));
        summaries.update(event.caseId(), set("reopenings", sizeOf(event.caseId(), "reopeningEventIds")));
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        summaries.update(event.caseId(), set("status", "closed"), set("closedAt", date(event.closedAt())),
                set("closeReason", event.reason()));
    }

    private int sizeOf(String caseId, String arrayField) {
        return summaries.arraySize(caseId, arrayField);
    }
}
