package org.huiying.sla.preview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.sla.calendar.OfficialCalendar;
import org.huiying.sla.clock.DeadlinePlanner;
import org.huiying.sla.policy.PolicyOverrides;
import org.huiying.sla.policy.PolicyPresets;
import org.huiying.sla.policy.SlaPolicy;
import org.huiying.sla.tracking.OpenCases;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.domain.RuleViolationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@Tag(name = "Preview 变更预览", description = "What a policy or calendar change would do to the open cases, before it is applied")
public class PreviewController {

    private final OpenCases open;
    private final OfficialCalendar calendar;
    private final SlaPolicy policy;
    private final Clock clock;

    public PreviewController(OpenCases open, OfficialCalendar calendar, SlaPolicy policy, Clock clock) {
        this.open = open;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    @PostMapping("/api/policy/preview")
    @Operation(summary = "Preview a policy change 预览规则变更",
            description = "Body: a preset name and the numbers to change (as HUIYING_SLA_* would). Nothing is applied.")
    public ChangePreview.Result previewPolicy(@RequestBody PolicyChange change) {
        SlaPolicy proposed;
        try {
            String name = change.policy() == null ? policy.name() : change.policy();
            proposed = (change.rules() == null ? PolicyOverrides.none() : change.rules())
                    .applyTo(PolicyPresets.preset(name));
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.unprocessable("policy.invalid", e.getMessage());
        }
        CalendarPlanner planner = () -> calendar.workingTime(calendar.snapshot().withoutMissingYearReports());
        return ChangePreview.of(open.all(), new DeadlinePlanner(proposed, planner::time), clock.instant());
    }

    @PostMapping("/api/calendar/preview")
    @Operation(summary = "Preview a calendar year 预览日历变更",
            description = "Body: a calendar year as PUT /api/calendar/years/{year} takes it. Nothing is applied.")
    public ChangePreview.Result previewCalendar(@RequestBody CalendarYear year) {
        CalendarPlanner planner = () -> calendar.workingTime(
                calendar.snapshot().with(year).withoutMissingYearReports());
        return ChangePreview.of(open.all(), new DeadlinePlanner(policy, planner::time), clock.instant());
    }

    /** A proposed policy: a preset name and the numbers to change. */
    public record PolicyChange(String policy, PolicyOverrides rules) {
    }

    @FunctionalInterface
    private interface CalendarPlanner {
        org.huiying.sla.calendar.WorkingTime time();
    }
}
