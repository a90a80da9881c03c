package org.huiying.sla.todo;

import org.huiying.sla.calendar.CalendarFixture;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.tracking.CaseDeadlinesView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;

/** A unit's to-do items as the read model gives them, on Thursday 5 March 2026 at 15:00 in Anji. */
class TodoItemTest {

    private static final Instant NOW = at("2026-03-05T15:00");
    private static final Instant ANSWER_DUE = at("2026-03-05T17:30");
    private final WorkingTime time = CalendarFixture.workingTime();

    @Test
    void shouldShowNoCountdownAndNotBeDueSoonWhenTheAnswerClockIsPaused() {
        CaseDeadlinesView view = acknowledged("anji-bbs:t-1");
        view.pausedSince = at("2026-03-05T14:00");
        view.pauseCapEndsAt = at("2026-03-12T17:30");

        TodoItem item = TodoItem.of(view, NOW, time);

        assertThat(item.state()).isEqualTo("paused");
        assertThat(item.stateLabel()).isEqualTo("暂停计时");
        assertThat(item.deadline()).isEqualTo("answer");
        assertThat(item.dueAt()).isNull();
        assertThat(item.remainingWorkingMinutes()).isNull();
        assertThat(item.dueSoon()).isFalse();
        assertThat(item.pausedSince()).isEqualTo(at("2026-03-05T14:00"));
        assertThat(item.pauseCapEndsAt()).isEqualTo(at("2026-03-12T17:30"));
    }

    @Test
    void shouldStayOverdueWhenTheResponseWasMissedEvenIfTheAnswerClockIsPaused() {
        CaseDeadlinesView view = acknowledged("anji-bbs:t-2");
        view.acknowledgedAt = null;
        view.responseMissed = true;
        view.pausedSince = at("2026-03-05T14:00");

        assertThat(TodoItem.of(view, NOW, time).state()).isEqualTo("overdue");
        assertThat(view.answerOverdue()).isFalse();
    }

    @Test
    void shouldListOverdueFirstThenByTimeLeftThenPausedWhenAUnitHasCasesInEveryState() {
        CaseDeadlinesView paused = acknowledged("anji-bbs:t-paused");
        paused.pausedSince = at("2026-03-05T14:00");
        paused.pauseCapEndsAt = at("2026-03-12T17:30");
        CaseDeadlinesView later = acknowledged("anji-bbs:t-later");
        later.answerDueAt = at("2026-03-09T17:30");
        CaseDeadlinesView soon = acknowledged("anji-bbs:t-soon");
        CaseDeadlinesView overdue = acknowledged("anji-bbs:t-overdue");
        overdue.acknowledgedAt = null;
        overdue.responseMissed = true;

        List<TodoItem> items = Stream.of(paused, later, soon, overdue).map(view -> TodoItem.of(view, NOW, time))
                .sorted(TodoItem.MOST_URGENT_FIRST).toList();

        assertThat(items).extracting(TodoItem::caseId).containsExactly("anji-bbs:t-overdue", "anji-bbs:t-soon",
                "anji-bbs:t-later", "anji-bbs:t-paused");
        assertThat(items).extracting(TodoItem::state).containsExactly("overdue", "awaiting_answer", "awaiting_answer",
                "paused");
        assertThat(items.get(1).remainingWorkingMinutes()).isEqualTo(150);
        assertThat(items.get(1).dueSoon()).isTrue();
        assertThat(items.get(1).stateLabel()).isEqualTo("待答复");
    }

    private static CaseDeadlinesView acknowledged(String caseId) {
        CaseDeadlinesView view = new CaseDeadlinesView();
        view.caseId = caseId;
        view.unitId = "dipu";
        view.postedAt = at("2026-03-02T09:15");
        view.responseDueAt = at("2026-03-03T09:15");
        view.answerDueAt = ANSWER_DUE;
        view.acknowledgedAt = at("2026-03-02T11:00");
        return view;
    }
}
