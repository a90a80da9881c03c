package org.huiying.sla.calendar;

/** How a window of time is counted. */
public enum ClockKind {
    /** 自然小时: the clock never stops. Written {@code 24h}; whole calendar days as {@code 3d}. */
    CALENDAR_HOURS,
    /** 工作小时, 非工作时间顺延: the clock runs only inside working hours of working days. Written {@code 3wh}. */
    WORKING_HOURS,
    /** 工作日, 遇节假日顺延: counted in working days of the official calendar. Written {@code 3wd}. */
    WORKING_DAYS
}
