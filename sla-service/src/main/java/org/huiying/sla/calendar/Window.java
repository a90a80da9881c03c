package org.huiying.sla.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time a rule allows: {@code 24h} (calendar hours), {@code 3d} (calendar days, stored as hours),
 * {@code 3wh} (working hours) or {@code 3wd} (working days).
 */
public record Window(int amount, ClockKind kind) {

    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*(h|d|wh|wd)");

    public Window {
        if (amount <= 0) {
            throw new IllegalArgumentException("A window must be positive: " + amount);
        }
    }

    public static Window parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim().toLowerCase());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Window '" + text + "' must be like 24h, 3d, 3wh or 3wd");
        }
        int amount = Integer.parseInt(matcher.group(1));
        return switch (matcher.group(2)) {
            case "h" -> new Window(amount, ClockKind.CALENDAR_HOURS);
            case "d" -> new Window(amount * 24, ClockKind.CALENDAR_HOURS);
            case "wh" -> new Window(amount, ClockKind.WORKING_HOURS);
            default -> new Window(amount, ClockKind.WORKING_DAYS);
        };
    }

    public static Window calendarHours(int hours) {
        return new Window(hours, ClockKind.CALENDAR_HOURS);
    }

    public static Window workingHours(int hours) {
        return new Window(hours, ClockKind.WORKING_HOURS);
    }

    public static Window workingDays(int days) {
        return new Window(days, ClockKind.WORKING_DAYS);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CALENDAR_HOURS -> amount + "h";
            case WORKING_HOURS -> amount + "wh";
            case WORKING_DAYS -> amount + "wd";
        };
    }
}
