package org.huiying.support.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds {@code huiying-defaults.yml}, the settings all four services share, with the lowest precedence: a service's
 * own application.yml and the environment override any of it.
 */
public class SharedDefaultsPostProcessor implements EnvironmentPostProcessor {

    private static final String DEFAULTS = "huiying-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(DEFAULTS, new ClassPathResource(DEFAULTS));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
