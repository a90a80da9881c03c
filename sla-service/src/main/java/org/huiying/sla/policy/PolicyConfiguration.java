package org.huiying.sla.policy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.function.Supplier;

/** Selects the policy in force with {@code HUIYING_POLICY}. */
@Configuration
public class PolicyConfiguration {

    private static final Map<String, Supplier<SlaPolicy>> PRESETS = Map.of("anji", SlaPolicy::anji);

    @Bean
    public SlaPolicy slaPolicy(@Value("${huiying.policy}") String name) {
        Supplier<SlaPolicy> preset = PRESETS.get(name);
        if (preset == null) {
            throw new IllegalArgumentException("Unknown SLA policy '" + name + "'; known: " + PRESETS.keySet());
        }
        return preset.get();
    }
}
