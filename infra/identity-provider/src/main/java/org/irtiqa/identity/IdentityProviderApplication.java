package org.irtiqa.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;

/**
 * LOCAL USE ONLY: the OpenID Connect provider of {@code ./irtiqa run} and the tests, so that the
 * services are tested against real signed tokens from a real grant, not a mock. Its demo accounts
 * and secrets are written in the source ({@link DemoAccounts}); production trusts the government's
 * own provider and never runs this.
 *
 * <p>Its jar sits on the services' test classpath (through local-stack), so it keeps its
 * configuration out of their way: {@code identity-provider.yml} instead of an application.yml
 * ({@code spring.config.name} is set here, before the context starts), no auto-configuration of its
 * own, and nothing outside {@code org.irtiqa.identity}.
 */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityProviderApplication {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderApplication.class);

    private final IdentityProperties properties;

    IdentityProviderApplication(IdentityProperties properties) {
        this.properties = properties;
    }

    public static void main(String[] args) {
        System.setProperty("spring.config.name", "identity-provider");
        SpringApplication.run(IdentityProviderApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayItIsLocalOnly() {
        log.warn(
                "LOCAL USE ONLY: identity provider ready at {} with demo accounts whose passwords are in the source "
                        + "(admin, operator, viewer, coordinator-<CODE>; password local-only-<account>). "
                        + "Never run it anywhere else.",
                properties.issuer());
    }
}
