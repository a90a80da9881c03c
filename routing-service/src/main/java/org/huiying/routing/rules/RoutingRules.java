package org.huiying.routing.rules;

import org.huiying.routing.directory.RoutingRule;
import org.huiying.routing.directory.UnitDirectory;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the directory's rules to a post: board rules match the board exactly, keyword and place rules match text in
 * the title or the body. The highest-priority match leads (the earlier rule in the file on a tie); the other matched
 * units become co-units (协办).
 */
@Component
public class RoutingRules {

    private final UnitDirectory directory;

    public RoutingRules(UnitDirectory directory) {
        this.directory = directory;
    }

    public RoutingDecision decide(String board, String title, String body) {
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        List<RoutingRule> matched = directory.rules().stream()
                .filter(rule -> matches(rule, board, text))
                .sorted(Comparator.comparingInt(RoutingRule::priority).reversed())
                .toList();
        if (matched.isEmpty()) {
            return new RoutingDecision(null, List.of(), List.of());
        }
        String lead = matched.get(0).lead();
        Set<String> coUnits = new LinkedHashSet<>();
        matched.stream().map(RoutingRule::lead).filter(unit -> !unit.equals(lead)).forEach(coUnits::add);
        return new RoutingDecision(lead, List.copyOf(coUnits), matched.stream().map(RoutingRule::id).toList());
    }

    private static boolean matches(RoutingRule rule, String board, String text) {
        return (rule.board() != null && rule.board().equals(board))
                || rule.keywords().stream().anyMatch(text::contains)
                || rule.places().stream().anyMatch(text::contains);
    }
}
