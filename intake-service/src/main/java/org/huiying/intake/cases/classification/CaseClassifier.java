package org.huiying.intake.cases.classification;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Asks the keyword rules about a newly received post and records their suggestion on the case. */
@Component
public class CaseClassifier {

    public static final String RULES = "keyword-rules";

    private final KeywordRulesFile rules;
    private final CommandGateway commands;

    public CaseClassifier(KeywordRulesFile rules, CommandGateway commands) {
        this.rules = rules;
        this.commands = commands;
    }

    public void classify(String caseId, String title, String body, Instant at, MetaData cause) {
        KeywordRules.Suggestion suggestion = rules.current().suggest(title, body);
        commands.sendAndWait(new ClassifyCaseCommand(caseId, suggestion.kind(), suggestion.severity(), RULES,
                suggestion.reason(), false, at), cause);
    }
}
