package org.huiying.sla.todo;

import io.swagger.v3.oas.annotations.media.Schema;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.tracking.BacklogGauges;
import org.huiying.sla.tracking.BacklogState;
import org.huiying.sla.tracking.CaseDeadlinesView;

import java.time.Instant;
import java.util.Comparator;

/**
 * One open case of a unit's to-do list. While the answer clock is paused for information nothing counts down:
 * {@code dueAt} and {@code remainingWorkingMinutes} are null and the case is never due soon.
 */
public record TodoItem(
        String caseId,
        @Schema(description = "awaiting_response | awaiting_answer | paused | overdue") String state,
        @Schema(description = "待响应 | 待答复 | 暂停计时 | 超期") String stateLabel,
        @Schema(description = "response | answer") String deadline,
        @Schema(description = "null while the answer clock is paused") Instant dueAt,
        @Schema(description = "working minutes left, negative when overdue; null while paused") Long remainingWorkingMinutes,
        @Schema(description = "due within the next 4 working hours 即将到期") boolean dueSoon,
        @Schema(description = "when the answer clock was paused (请网民补充); null while it runs") Instant pausedSince,
        @Schema(description = "when the pause stops counting at the latest; null while the clock runs")
        Instant pauseCapEndsAt) {

    /** Overdue first, then by the working time left, then paused cases by the end of their cap. */
    static final Comparator<TodoItem> MOST_URGENT_FIRST = Comparator
            .comparing((TodoItem item) -> !BacklogState.OVERDUE.key().equals(item.state()))
            .thenComparing(TodoItem::remainingWorkingMinutes, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::pauseCapEndsAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::caseId);

    static TodoItem of(CaseDeadlinesView view, Instant now, WorkingTime time) {
        BacklogState state = view.backlogState();
        Instant due = view.nextDueAt();
        Long remaining = due == null ? null : time.workingTimeBetween(now, due).toMinutes();
        boolean soon = remaining != null && remaining >= 0 && remaining <= BacklogGauges.DUE_SOON.toMinutes();
        return new TodoItem(view.caseId, state.key(), state.label(),
                view.runsAgainstResponse() ? "response" : "answer", due, remaining, soon, view.pausedSince,
                view.pauseCapEndsAt);
    }
}
