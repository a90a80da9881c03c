package org.huiying.sla.policy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Selects the policy in force with {@code HUIYING_POLICY} and applies the deployment's {@code huiying.sla.rules}. */
@Configuration
public class PolicyConfiguration {

    @Bean
    public SlaPolicy slaPolicy(@Value("${huiying.policy}") String name, PolicyOverrides overrides) {
        return overrides.applyTo(PolicyPresets.preset(name));
    }
}
