package org.huiying.sla.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.domain.RuleViolationException;
import org.huiying.support.security.HuiyingUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/calendar/years")
@Tag(name = "Calendar 工作日历", description = "The official working-day calendar (国务院办公厅节假日安排), one year at a time")
public class CalendarController {

    private final OfficialCalendar calendar;
    private final StoredCalendarYears stored;

    public CalendarController(OfficialCalendar calendar, StoredCalendarYears stored) {
        this.calendar = calendar;
        this.stored = stored;
    }

    @GetMapping
    @Operation(summary = "Years loaded 已加载年度")
    public Map<Integer, CalendarYear> years() {
        return calendar.snapshot().all();
    }

    @PutMapping("/{year}")
    @Operation(summary = "Load or replace a year 加载年度日历",
            description = "Takes effect at once for deadlines computed from now on, and survives restarts. "
                    + "Deadlines already set keep their values (preview the effect with POST /api/calendar/preview). "
                    + "The signed-in user is recorded as the one who loaded it (GET /api/calendar/years/loads).")
    public Mono<CalendarYear> load(@PathVariable int year, @RequestBody CalendarYear calendarYear,
                                   @AuthenticationPrincipal HuiyingUser user) {
        if (calendarYear.year() != year) {
            throw RuleViolationException.unprocessable("calendar.year-mismatch",
                    "The body is the calendar of " + calendarYear.year() + ", not of " + year);
        }
        return Mono.fromCallable(() -> {
            calendar.load(calendarYear, user.getUsername());
            return calendarYear;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/loads")
    @Operation(summary = "Who loaded which year 年度日历加载记录",
            description = "The years loaded over REST, each with the signed-in user who loaded it last and when.")
    public Mono<List<StoredCalendarYears.CalendarLoad>> loads() {
        return Mono.fromCallable(stored::loads).subscribeOn(Schedulers.boundedElastic());
    }
}
