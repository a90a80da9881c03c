package org.huiying.routing.directory;

import java.util.List;

/**
 * One rule of the directory. A post on {@code board} (of {@code source}, if given), or whose title or body mentions one
 * of {@code keywords} or {@code places}, goes to {@code lead}. An {@code addressed} rule instead sends a post that
 * names a unit (by its name or another name it is addressed as) to that unit (首问负责). The highest priority among the
 * matching rules leads; the units of the other matching rules become co-units (协办) unless their rule says
 * {@code coUnit: false}.
 */
public record RoutingRule(String id, int priority, String board, List<String> keywords, List<String> places,
                          String lead, String source, boolean addressed, boolean coUnit) {

    public RoutingRule {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A board, keyword or place rule whose unit joins as a co-unit when another rule leads. */
    public RoutingRule(String id, int priority, String board, List<String> keywords, List<String> places,
                       String lead) {
        this(id, priority, board, keywords, places, lead, null, false, true);
    }
}
