package org.huiying.sla.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.domain.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

@RestController
@RequestMapping("/api/calendar/years")
@Tag(name = "Calendar 工作日历", description = "The official working-day calendar (国务院办公厅节假日安排), one year at a time")
public class CalendarController {

    private final OfficialCalendar calendar;

    public CalendarController(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "Years loaded 已加载年度")
    public Map<Integer, CalendarYear> years() {
        return calendar.snapshot().all();
    }

    @PutMapping("/{year}")
    @Operation(summary = "Load or replace a year 加载年度日历",
            description = "Takes effect at once for deadlines computed from now on, and survives restarts. "
                    + "Deadlines already set keep their values (preview the effect with POST /api/calendar/preview).")
    public Mono<CalendarYear> load(@PathVariable int year, @RequestBody CalendarYear calendarYear) {
        if (calendarYear.year() != year) {
            throw RuleViolationException.unprocessable("calendar.year-mismatch",
                    "The body is the calendar of " + calendarYear.year() + ", not of " + year);
        }
        return Mono.fromCallable(() -> {
            calendar.load(calendarYear);
            return calendarYear;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
