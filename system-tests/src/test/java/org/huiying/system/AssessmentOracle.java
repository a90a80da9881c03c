package org.huiying.system;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.huiying.system.YearOfThreads.ANJI;

/**
 * What the README's rules say the figures of a {@link YearOfThreads} are, worked out here from the rules alone (the
 * anji preset, the official calendars of 2025 and 2026, the working-day convention), not from the services' code:
 * <ul>
 *   <li>response due 24 hours after posting; answer due at 17:30 on the 3rd working day after the day of posting;
 *       上报 at 17:30 on the 3rd working day after the answer deadline; a progress update due at 17:30 on the next
 *       working day after the answer deadline, then after each one missed;</li>
 *   <li>a deadline is met when the reply was posted by its due time, whenever it was scraped or named;</li>
 *   <li>催办 stands when the response was not posted by its due time; 督办 and 通报 when the answer was not (no
 *       extensions here); 上报 when it was not by its own due time — each only once the watermark passed it.</li>
 * </ul>
 */
final class AssessmentOracle {

    private static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 30);
    /** 国务院办公厅: the days off that fall on weekdays, and the weekend days that are working days. */
    private static final Set<LocalDate> OFF = dates("2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30",
            "2025-01-31", "2025-02-03", "2025-02-04", "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05",
            "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08",
            "2026-01-01", "2026-01-02");
    private static final Set<LocalDate> MAKE_UP = dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
            "2025-10-11", "2026-01-04");

    private final Instant watermark;

    AssessmentOracle(Instant watermark) {
        this.watermark = watermark;
    }

    /** The assessment rows of 2025 that matter here, per unit: field → count. */
    Map<String, Map<String, Integer>> units(YearOfThreads year) {
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        for (YearOfThreads.Thread t : year.threads) {
            Map<String, Integer> row = units.computeIfAbsent(t.unit(), u -> new TreeMap<>());
            Case c = judge(t);
            add(row, "received", true);
            add(row, "acknowledged", t.ack() != null);
            add(row, "acknowledgedOnTime", c.responseOnTime());
            add(row, "answered", t.answer() != null);
            add(row, "answeredOnTime", c.answerOnTime());
            add(row, "urged", c.steps().contains("urge"));
            add(row, "supervised", c.steps().contains("supervise"));
            add(row, "publiclyNotified", c.steps().contains("public-notice"));
            add(row, "rated", t.rating() != null);
            add(row, "satisfied", "satisfied".equals(t.rating()));
            add(row, "basicallySatisfied", "basically-satisfied".equals(t.rating()));
        }
        return units;
    }

    /** Breaches per unit: response, answer, progress. */
    Map<String, Map<String, Integer>> breaches(YearOfThreads year) {
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        for (YearOfThreads.Thread t : year.threads) {
            Case c = judge(t);
            Map<String, Integer> row = units.computeIfAbsent(t.unit(), u -> new TreeMap<>());
            row.merge("response", c.steps().contains("urge") ? 1 : 0, Integer::sum);
            row.merge("answer", c.steps().contains("supervise") ? 1 : 0, Integer::sum);
            row.merge("progress", c.progressMissed(), Integer::sum);
        }
        return units;
    }

    /** The standing steps of each case but the warnings: {@code step@dueAt}. */
    Map<String, Set<String>> steps(YearOfThreads year) {
        Map<String, Set<String>> steps = new TreeMap<>();
        year.threads.forEach(t -> steps.put(t.caseId(), judge(t).stepsAt()));
        return steps;
    }

    Case judge(YearOfThreads.Thread t) {
        Instant responseDue = t.posted().plus(Duration.ofHours(24));
        Instant answerDue = workingDaysAfter(t.posted(), 3);
        Instant leadershipDue = workingDaysAfter(answerDue, 3);
        boolean responseLate = t.ack() == null || t.ack().isAfter(responseDue);
        boolean answerLate = t.answer() == null || t.answer().isAfter(answerDue);
        Set<String> steps = new TreeSet<>();
        Set<String> stepsAt = new TreeSet<>();
        if (responseLate && !responseDue.isAfter(watermark)) {
            steps.add("urge");
            stepsAt.add("urge@" + responseDue);
        }
        if (answerLate && !answerDue.isAfter(watermark)) {
            steps.addAll(List.of("supervise", "public-notice"));
            stepsAt.addAll(List.of("supervise@" + answerDue, "public-notice@" + answerDue));
        }
        if ((t.answer() == null || t.answer().isAfter(leadershipDue)) && !leadershipDue.isAfter(watermark)) {
            steps.add("leadership");
            stepsAt.add("leadership@" + leadershipDue);
        }
        int progress = 0;
        if (answerLate) {
            for (Instant due = workingDaysAfter(answerDue, 1); !due.isAfter(watermark)
                    && (t.answer() == null || due.isBefore(t.answer())); due = workingDaysAfter(due, 1)) {
                progress++;
            }
        }
        return new Case(!responseLate, t.answer() != null && !answerLate, steps, stepsAt, progress);
    }

    /** 17:30 on the {@code count}th working day after the day of {@code from}, in Anji. */
    static Instant workingDaysAfter(Instant from, int count) {
        LocalDate day = from.atZone(ANJI).toLocalDate();
        for (int found = 0; found < count; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day.atTime(CLOSE_OF_BUSINESS).atZone(ANJI).toInstant();
    }

    private static boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? MAKE_UP.contains(day) : !OFF.contains(day);
    }

    private static void add(Map<String, Integer> row, String field, boolean counts) {
        row.merge(field, counts ? 1 : 0, Integer::sum);
    }

    private static Set<LocalDate> dates(String... days) {
        Set<LocalDate> set = new TreeSet<>();
        for (String day : days) {
            set.add(LocalDate.parse(day));
        }
        return set;
    }

    record Case(boolean responseOnTime, boolean answerOnTime, Set<String> steps, Set<String> stepsAt,
                int progressMissed) {
    }

    static List<String> fields() {
        return new ArrayList<>(List.of("received", "acknowledged", "acknowledgedOnTime", "answered", "answeredOnTime",
                "urged", "supervised", "publiclyNotified", "rated", "satisfied", "basicallySatisfied"));
    }
}
