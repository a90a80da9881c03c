package org.huiying.sla.todo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.sla.calendar.OfficialCalendar;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.tracking.CaseDeadlinesView;
import org.huiying.sla.tracking.OpenCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

@RestController
@Tag(name = "To-do 待办", description = "Each unit's open cases, most urgent first")
public class TodoController {

    private final OpenCases open;
    private final OfficialCalendar calendar;
    private final Clock clock;

    public TodoController(OpenCases open, OfficialCalendar calendar, Clock clock) {
        this.open = open;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/units/{unitId}/todo")
    @Operation(summary = "A unit's to-do list 单位待办",
            description = "Open cases charged to the unit: overdue first, then by the next deadline, with the working "
                    + "time left (negative when overdue).")
    public List<TodoItem> todo(@PathVariable String unitId) {
        Instant now = clock.instant();
        WorkingTime time = calendar.workingTime();
        return open.all().stream().filter(view -> unitId.equals(view.unitId))
                .map(view -> TodoItem.of(view, now, time))
                .sorted(Comparator.comparing(TodoItem::remainingWorkingMinutes))
                .toList();
    }

    /** One open case of a unit's to-do list. */
    public record TodoItem(String caseId, String state, String deadline, Instant dueAt, long remainingWorkingMinutes,
                           boolean dueSoon) {

        static TodoItem of(CaseDeadlinesView view, Instant now, WorkingTime time) {
            Instant due = view.nextDueAt();
            boolean response = view.acknowledgedAt == null && !view.responseMissed;
            long remaining = time.workingTimeBetween(now, due).toMinutes();
            return new TodoItem(view.caseId, view.state(), response ? "response" : "answer", due, remaining,
                    remaining >= 0 && remaining <= 240);
        }
    }
}
