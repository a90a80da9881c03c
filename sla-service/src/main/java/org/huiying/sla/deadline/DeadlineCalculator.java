package org.huiying.sla.deadline;

import org.huiying.sla.calendar.WorkingCalendar;
import org.huiying.sla.policy.SlaPolicy;
import org.huiying.support.time.TimeProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Computes a case's deadlines from the moment it was posted, in the deployment's zone. Working days are counted
 * forward from the posting time (遇节假日顺延): a post on a working day at 10:00 is due at 10:00 on the third
 * working day after it; a post on a day off counts from the start of the next working day, so it is due at the end
 * of the third working day.
 */
@Component
public class DeadlineCalculator {

    private final SlaPolicy policy;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(SlaPolicy policy, WorkingCalendar calendar, TimeProperties time) {
        this.policy = policy;
        this.calendar = calendar;
        this.zone = time.zone();
    }

    public SlaPolicy policy() {
        return policy;
    }

    public Instant responseDue(Instant postedAt) {
        return postedAt.plus(policy.responseWindow());
    }

    public Instant answerDue(Instant postedAt) {
        return addWorkingDays(postedAt, policy.answerWorkingDays());
    }

    Instant addWorkingDays(Instant start, int days) {
        ZonedDateTime postedAt = start.atZone(zone);
        if (calendar.isWorkingDay(postedAt.toLocalDate())) {
            return countForward(postedAt, days).toInstant();
        }
        ZonedDateTime lastDayOff = postedAt.toLocalDate().atStartOfDay(zone);
        while (!calendar.isWorkingDay(lastDayOff.plusDays(1).toLocalDate())) {
            lastDayOff = lastDayOff.plusDays(1);
        }
        return countForward(lastDayOff, days).plusDays(1).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private ZonedDateTime countForward(ZonedDateTime from, int days) {
        ZonedDateTime cursor = from;
        int counted = 0;
        while (counted < days) {
            cursor = cursor.plusDays(1);
            if (calendar.isWorkingDay(cursor.toLocalDate())) {
                counted++;
            }
        }
        return cursor;
    }
}
