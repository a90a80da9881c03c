package org.huiying.intake.cases.classification;

import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;

import java.util.List;

/** The keyword rules in force: the first kind rule and the first severity rule whose keyword occurs win. */
public record KeywordRules(String location, Suggestion fallback, List<KindRule> kinds,
                           List<SeverityRule> severities) {

    public record KindRule(String id, CaseKind kind, List<String> keywords) {
    }

    public record SeverityRule(String id, Severity severity, List<String> keywords) {
    }

    /** What the rules suggest for one post, and which rules said so. */
    public record Suggestion(CaseKind kind, Severity severity, String reason) {
    }

    public Suggestion suggest(String title, String body) {
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        KindRule kind = kinds.stream().filter(rule -> matches(rule.keywords(), text)).findFirst().orElse(null);
        SeverityRule severity = severities.stream().filter(rule -> matches(rule.keywords(), text)).findFirst()
                .orElse(null);
        return new Suggestion(kind == null ? fallback.kind() : kind.kind(),
                severity == null ? fallback.severity() : severity.severity(),
                "keyword rules: kind " + (kind == null ? "default" : kind.id())
                        + ", severity " + (severity == null ? "default" : severity.id()));
    }

    private static boolean matches(List<String> keywords, String text) {
        return keywords.stream().anyMatch(text::contains);
    }
}
