package org.huiying.reporting.monthly;

/** One line of a breakdown: this month's count, last month's, and the change. */
public record CountLine(String key, String label, int count, int previous, int change) {
}
