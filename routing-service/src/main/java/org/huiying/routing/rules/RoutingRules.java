package org.huiying.routing.rules;

import org.huiying.routing.directory.DirectoryInForce;
import org.huiying.routing.directory.RoutingRule;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies the directory's rules to a post. A board rule matches the post's board (and source, if the rule names one);
 * a keyword or place rule matches text in the title or the body; an addressed rule matches every active unit the post
 * names (首问负责), the first named first. The highest-priority match leads — on a tie the rule earlier in the
 * directory — and the units of the other matches become co-units (协办) unless their rule says otherwise.
 */
@Component
public class RoutingRules {

    private final Supplier<UnitDirectory> directory;

    public RoutingRules(UnitDirectory directory) {
        this.directory = () -> directory;
    }

    @Autowired
    public RoutingRules(DirectoryInForce directory) {
        this.directory = directory;
    }

    public RoutingDecision decide(String board, String title, String body) {
        return decide(null, board, title, body);
    }

    public RoutingDecision decide(String source, String board, String title, String body) {
        UnitDirectory rules = directory.get();
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        List<Match> matches = new ArrayList<>();
        for (RoutingRule rule : rules.rules()) {
            if (rule.addressed()) {
                matches.addAll(addressedUnits(rule, rules, text));
            } else if (matches(rule, source, board, text)) {
                matches.add(new Match(rule, rule.lead()));
            }
        }
        matches.sort(Comparator.comparingInt((Match match) -> match.rule().priority()).reversed());
        if (matches.isEmpty()) {
            return new RoutingDecision(null, List.of(), List.of());
        }
        String lead = matches.get(0).unitId();
        Set<String> coUnits = new LinkedHashSet<>();
        matches.stream().skip(1).filter(match -> match.rule().coUnit())
                .map(Match::unitId).filter(unit -> !unit.equals(lead)).forEach(coUnits::add);
        List<String> matchedRules = matches.stream().map(match -> match.rule().id()).distinct().toList();
        return new RoutingDecision(lead, List.copyOf(coUnits), matchedRules);
    }

    private static boolean matches(RoutingRule rule, String source, String board, String text) {
        boolean onBoard = rule.board() != null && rule.board().equals(board)
                && (rule.source() == null || rule.source().equals(source));
        return onBoard
                || rule.keywords().stream().anyMatch(text::contains)
                || rule.places().stream().anyMatch(text::contains);
    }

    /** The active units the text names, in the order it first names them. */
    private static List<Match> addressedUnits(RoutingRule rule, UnitDirectory directory, String text) {
        record Mention(Unit unit, int at) {
        }
        List<Mention> mentions = new ArrayList<>();
        for (Unit unit : directory.activeUnits()) {
            unit.addressNames().stream().mapToInt(text::indexOf).filter(at -> at >= 0).min()
                    .ifPresent(at -> mentions.add(new Mention(unit, at)));
        }
        return mentions.stream().sorted(Comparator.comparingInt(Mention::at))
                .map(mention -> new Match(rule, mention.unit().id())).toList();
    }

    private record Match(RoutingRule rule, String unitId) {
    }
}
