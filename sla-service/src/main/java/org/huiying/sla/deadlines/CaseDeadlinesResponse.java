package org.huiying.sla.deadlines;

import org.huiying.sla.tracking.CaseDeadlinesView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code GET /api/cases/{caseId}/deadlines} answers; instants in ISO-8601 UTC. {@code pauses} are the pauses of
 * the answer clock while the netizen was asked for information; {@code progressDueAt} is when the next public
 * progress update is due once the answer deadline has passed.
 */
public record CaseDeadlinesResponse(String caseId, String policy, String policyVersion, String unitId,
                                    String severity, String state, Instant postedAt, Instant responseDueAt,
                                    Instant answerDueAt, int answerRound, Instant acknowledgedAt, Instant answeredAt,
                                    Instant closedAt, Instant sensitiveReportDueAt, boolean paused,
                                    Instant pausedSince, Instant pauseCapEndsAt, List<CaseDeadlinesView.Pause> pauses,
                                    Instant lastProgressAt, Instant progressDueAt, boolean progressOverdue,
                                    int progressUpdatesMissed,
                                    List<CaseDeadlinesView.Extension> extensions,
                                    List<CaseDeadlinesView.Escalation> escalations,
                                    List<CaseDeadlinesView.Segment> segments) {

    static CaseDeadlinesResponse of(CaseDeadlinesView view) {
        String state = view.closedAt != null ? "closed" : view.answeredAt != null ? "answered" : view.state();
        return new CaseDeadlinesResponse(view.caseId, view.policy, view.policyVersion, view.unitId,
                view.severity == null ? null : view.severity.name().toLowerCase(), state, view.postedAt,
                view.responseDueAt, view.answerDueAt, view.answerRound, view.acknowledgedAt, view.answeredAt,
                view.closedAt, view.sensitiveReportDueAt, view.pausedSince != null, view.pausedSince,
                view.pauseCapEndsAt, List.copyOf(view.pauses.values()), view.lastProgressAt,
                view.answeredAt == null && view.closedAt == null ? view.progressDueAt : null, view.progressOverdue,
                view.progressUpdatesMissed, List.copyOf(view.extensions.values()),
                view.escalations.values().stream()
                        .sorted(Comparator.comparing(CaseDeadlinesView.Escalation::dueAt)).toList(),
                List.copyOf(view.segments));
    }
}
