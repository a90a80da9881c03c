package org.huiying.sla.todo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.sla.calendar.OfficialCalendar;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.tracking.OpenCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
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
            description = "Open cases charged to the unit: overdue 超期 first, then by the next deadline with the working "
                    + "time left, then the cases whose answer clock is paused 暂停计时 while the netizen is asked for "
                    + "information (no deadline runs: pausedSince, pauseCapEndsAt), earliest cap first.")
    public List<TodoItem> todo(@PathVariable String unitId) {
        Instant now = clock.instant();
        WorkingTime time = calendar.workingTime();
        return open.all().stream().filter(view -> unitId.equals(view.unitId))
                .map(view -> TodoItem.of(view, now, time))
                .sorted(TodoItem.MOST_URGENT_FIRST)
                .toList();
    }
}
