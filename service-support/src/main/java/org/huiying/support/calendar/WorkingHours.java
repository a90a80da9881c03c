package org.huiying.support.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The working periods of a working day, e.g. 08:30–12:00 and 14:00–17:30, in order and not overlapping. */
public record WorkingHours(List<Period> periods) {

    public WorkingHours {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods must be in order and not overlap: " + periods);
            }
        }
        periods = List.copyOf(periods);
    }

    /** Parses periods written {@code HH:mm-HH:mm}. */
    public static WorkingHours parse(List<String> periods) {
        List<Period> parsed = new ArrayList<>();
        for (String period : periods) {
            String[] bounds = period.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("Working period must be HH:mm-HH:mm: " + period);
            }
            parsed.add(new Period(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
        }
        return new WorkingHours(parsed);
    }

    /** The close of working hours (下班), e.g. 17:30. */
    public LocalTime close() {
        return periods.get(periods.size() - 1).end();
    }

    public record Period(LocalTime start, LocalTime end) {

        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("A working period must end after it starts: " + start + "-" + end);
            }
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }
}
