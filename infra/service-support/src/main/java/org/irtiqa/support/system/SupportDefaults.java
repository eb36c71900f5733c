package org.irtiqa.support.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Contributes {@code irtiqa-support-defaults.properties} (actuator exposure, health groups,
 * problem details) as the lowest-precedence property source: the same operational defaults in
 * every service (api.md "Operations"), and any of them overridable by the service's own config.
 */
class SupportDefaults implements EnvironmentPostProcessor {

    static final String NAME = "irtiqa-support-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(NAME, new ClassPathResource(NAME + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
