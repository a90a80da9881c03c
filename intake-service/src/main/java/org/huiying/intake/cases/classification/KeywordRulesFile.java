package org.huiying.intake.cases.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The keyword rules, read from the file named by {@code huiying.classification.rules} at start-up and again on
 * {@link #reload()}. A file that cannot be read is refused and the rules in force stay.
 */
@Component
public class KeywordRulesFile {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ResourceLoader resources;
    private final String location;
    private final AtomicReference<KeywordRules> current = new AtomicReference<>();

    public KeywordRulesFile(ResourceLoader resources,
                            @Value("${huiying.classification.rules}") String location) {
        this.resources = resources;
        this.location = location;
        current.set(read());
    }

    public KeywordRules current() {
        return current.get();
    }

    public KeywordRules reload() {
        KeywordRules rules = read();
        current.set(rules);
        return rules;
    }

    private KeywordRules read() {
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            RulesDocument document = yaml.readValue(in, RulesDocument.class);
            if (document.defaultSuggestion() == null || document.defaultSuggestion().kind() == null
                    || document.defaultSuggestion().severity() == null) {
                throw new IllegalStateException("Classification rules " + location + ": 'default' needs a kind "
                        + "and a severity");
            }
            return new KeywordRules(location, new KeywordRules.Suggestion(document.defaultSuggestion().kind(),
                    document.defaultSuggestion().severity(), "default"),
                    document.kinds() == null ? List.of() : document.kinds(),
                    document.severities() == null ? List.of() : document.severities());
        } catch (IOException e) {
            throw new IllegalStateException("Classification rules " + location + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    record RulesDocument(@JsonProperty("default") Fallback defaultSuggestion,
                         List<KeywordRules.KindRule> kinds, List<KeywordRules.SeverityRule> severities) {
    }

    record Fallback(CaseKind kind, Severity severity) {
    }
}
