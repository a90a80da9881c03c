package org.huiying.reporting.monthly;

/** One month of the trend: cases posted in it, how many are answered, and the rates over every unit. */
public record MonthTrend(String month, int received, int answered, Double answerRate,
                         Double satisfactionRate) {
}
