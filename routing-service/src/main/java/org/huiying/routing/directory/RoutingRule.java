package org.huiying.routing.directory;

import java.util.List;

/**
 * One rule of the directory: a post on {@code board}, or whose title or body mentions one of {@code keywords} or
 * {@code places}, goes to {@code lead}. The highest priority among the matching rules leads.
 */
public record RoutingRule(String id, int priority, String board, List<String> keywords, List<String> places,
                          String lead) {
}
