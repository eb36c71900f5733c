package org.irtiqa.support.security.browser;

import org.irtiqa.support.security.InstitutionScope;
import org.irtiqa.support.security.SecurityAutoConfiguration;
import org.irtiqa.support.security.SecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Browser sign-in for the one service that serves a dashboard (analytics), on when
 * {@code irtiqa.security.browser-sign-in.enabled} is true and Spring Security's OAuth2 client is on
 * the classpath; {@link SecurityAutoConfiguration} then adds {@link BrowserSignIn} to its one filter
 * chain. The authorized clients (the tokens) live in the HTTP session, which Spring Session keeps
 * in the service's database, not in a per-instance memory. Before Spring Boot's OAuth2 client
 * configuration, which then backs off.
 */
@AutoConfiguration(
        before = SecurityAutoConfiguration.class,
        beforeName = {
            "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.client.registration.ClientRegistration")
@ConditionalOnBooleanProperty("irtiqa.security.browser-sign-in.enabled")
@EnableConfigurationProperties({BrowserSignInProperties.class, SecurityProperties.class})
public class BrowserSignInAutoConfiguration {

    @Bean
    ClientRegistrationRepository irtiqaClientRegistrations(
            SecurityProperties security, BrowserSignInProperties browser) {
        return ProviderRegistration.lazy(security.issuerUri(), browser);
    }

    @Bean
    OAuth2AuthorizedClientRepository irtiqaAuthorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Refreshes an access token that is about to expire (within a minute), once per request at most. */
    @Bean
    OAuth2AuthorizedClientManager irtiqaAuthorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    BrowserSignIn irtiqaBrowserSignIn(
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            OAuth2AuthorizedClientManager clientManager,
            BrowserSignInProperties properties) {
        return new OAuth2BrowserSignIn(registrations, authorizedClients, clientManager, properties.absoluteTimeout());
    }

    @Bean
    SessionController irtiqaSessionController(InstitutionScope scope) {
        return new SessionController(scope);
    }
}
