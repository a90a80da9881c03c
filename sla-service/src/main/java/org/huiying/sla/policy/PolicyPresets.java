package org.huiying.sla.policy;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.Window;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The three regimes of the seeds, by name. Versions change whenever a preset's numbers or their reading change. */
public final class PolicyPresets {

    /** None of the seeds pauses the clock; a deployment that switches the pause on gets this cap unless it sets one. */
    static final Window PAUSE_CAP = Window.workingDays(5);

    private PolicyPresets() {
    }

    public static Set<String> names() {
        return new TreeSet<>(Set.of("anji", "municipal", "township"));
    }

    public static SlaPolicy preset(String name) {
        return switch (name) {
            case "anji" -> anji();
            case "municipal" -> municipal();
            case "township" -> township();
            default -> throw new IllegalArgumentException("Unknown SLA policy '" + name + "'; known: " + names());
        };
    }

    /** 安吉县 (2010): respond within 24 hours, answer within 3 working days, daily follow-up when late. */
    public static SlaPolicy anji() {
        return new SlaPolicy("anji", "anji@2", Window.calendarHours(24), Window.workingDays(3), null, null,
                Window.workingDays(10), Duration.ZERO, Window.workingDays(1), Map.of(), 0.75,
                Window.workingDays(3), false, PAUSE_CAP);
    }

    /**
     * 工商分局: respond within 3 working hours, answer within 3 working days, never beyond 10 days in total; report
     * major incidents within 4 hours and critical ones within 2 hours.
     */
    public static SlaPolicy municipal() {
        return new SlaPolicy("municipal", "municipal@1", Window.workingHours(3), Window.workingDays(3), null, null,
                Window.workingDays(10), Duration.ZERO, Window.workingDays(1),
                Map.of(Severity.MAJOR, Window.calendarHours(4), Severity.CRITICAL, Window.calendarHours(2)), 0.75,
                Window.workingDays(3), false, PAUSE_CAP);
    }

    /** 镇/园区: respond at once (within 24 hours), answer within 3 days, urgent cases 2 days, never beyond 5 days. */
    public static SlaPolicy township() {
        return new SlaPolicy("township", "township@1", Window.calendarHours(24), Window.calendarHours(72),
                Window.calendarHours(48), Severity.MAJOR, Window.calendarHours(120), Duration.ZERO,
                Window.workingDays(1), Map.of(), 0.75, Window.workingDays(3), false, PAUSE_CAP);
    }
}
