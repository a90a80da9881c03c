package org.huiying.sla.deadlines;

import org.huiying.sla.tracking.CaseDeadlinesView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What {@code GET /api/cases/{caseId}/deadlines} answers; instants in ISO-8601 UTC. */
public record CaseDeadlinesResponse(String caseId, String policy, String policyVersion, String unitId,
                                    String severity, String state, Instant postedAt, Instant responseDueAt,
                                    Instant answerDueAt, int answerRound, Instant acknowledgedAt, Instant answeredAt,
                                    Instant closedAt, Instant sensitiveReportDueAt,
                                    List<CaseDeadlinesView.Extension> extensions,
                                    List<CaseDeadlinesView.Escalation> escalations,
                                    List<CaseDeadlinesView.Segment> segments) {

    static CaseDeadlinesResponse of(CaseDeadlinesView view) {
        String state = view.closedAt != null ? "closed" : view.answeredAt != null ? "answered" : view.state();
        return new CaseDeadlinesResponse(view.caseId, view.policy, view.policyVersion, view.unitId,
                view.severity == null ? null : view.severity.name().toLowerCase(), state, view.postedAt,
                view.responseDueAt, view.answerDueAt, view.answerRound, view.acknowledgedAt, view.answeredAt,
                view.closedAt, view.sensitiveReportDueAt, List.copyOf(view.extensions.values()),
                view.escalations.values().stream()
                        .sorted(Comparator.comparing(CaseDeadlinesView.Escalation::dueAt)).toList(),
                List.copyOf(view.segments));
    }
}
