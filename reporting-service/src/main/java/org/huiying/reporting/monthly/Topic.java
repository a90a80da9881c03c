package org.huiying.reporting.monthly;

/** A topic word and the number of cases whose titles mention it. */
public record Topic(String word, int cases) {
}
