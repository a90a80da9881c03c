package org.huiying.sla.deadline;

import org.huiying.sla.calendar.WeekdayCalendar;
import org.huiying.sla.calendar.WorkingCalendar;
import org.huiying.sla.policy.SlaPolicy;
import org.huiying.support.time.TimeProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A post on 递铺论坛 on Monday 2026-03-02 at 09:15 (Asia/Shanghai), routed to 县交通运输局 and later transferred to
 * 递铺街道, under the {@code anji} policy.
 */
final class CaseClockFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String CASE_ID = "anji-bbs:t-88021";
    static final String JIAOTONG = "jiaotong";
    static final String DIPU = "dipu";

    static final Instant POSTED_AT = Instant.parse("2026-03-02T01:15:00Z");
    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:15:30Z");
    static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:15:32Z");
    static final Instant TRANSFERRED_AT = Instant.parse("2026-03-02T06:00:00Z");
    /** 24 hours after posting. */
    static final Instant RESPONSE_DUE = Instant.parse("2026-03-03T01:15:00Z");
    /** Three working days after posting: Thursday 09:15 in Shanghai. */
    static final Instant ANSWER_DUE = Instant.parse("2026-03-05T01:15:00Z");

    private CaseClockFixture() {
    }

    static DeadlineCalculator anjiDeadlines() {
        return deadlines(new WeekdayCalendar());
    }

    static DeadlineCalculator deadlines(WorkingCalendar calendar) {
        return new DeadlineCalculator(SlaPolicy.anji(), calendar, new TimeProperties(SHANGHAI));
    }

    /**
     * The 2026 Spring Festival as the State Council set it: 15 to 23 February off, Saturdays 14 and 28 February
     * worked instead (调休).
     */
    static WorkingCalendar springFestival2026() {
        Set<LocalDate> makeUpDays = Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
        LocalDate firstDayOff = LocalDate.of(2026, 2, 15);
        LocalDate lastDayOff = LocalDate.of(2026, 2, 23);
        WorkingCalendar weekdays = new WeekdayCalendar();
        return day -> makeUpDays.contains(day)
                || (weekdays.isWorkingDay(day) && (day.isBefore(firstDayOff) || day.isAfter(lastDayOff)));
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static StartCaseClockCommand postReceived() {
        return new StartCaseClockCommand(CASE_ID, POSTED_AT, RECEIVED_AT);
    }

    static ChargeUnitCommand assigned(String unitId, Instant decidedAt) {
        return new ChargeUnitCommand(CASE_ID, unitId, decidedAt);
    }

    static CaseClockStartedEvent clockStarted(String unitId) {
        return new CaseClockStartedEvent(CASE_ID, POSTED_AT, unitId, "anji", "anji@1", RESPONSE_DUE, ANSWER_DUE,
                RECEIVED_AT);
    }

    static UnitChargedEvent chargedWithDeadlines(String unitId, Instant decidedAt) {
        return new UnitChargedEvent(CASE_ID, unitId, "anji", "anji@1", RESPONSE_DUE, ANSWER_DUE, decidedAt);
    }

    static UnitChargedEvent chargedBeforeThePost(String unitId, Instant decidedAt) {
        return new UnitChargedEvent(CASE_ID, unitId, null, null, null, null, decidedAt);
    }
}
