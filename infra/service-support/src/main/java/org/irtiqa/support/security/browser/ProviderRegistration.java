package org.irtiqa.support.security.browser;

import static org.irtiqa.support.security.browser.BrowserSignInProperties.REGISTRATION_ID;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The dashboard as a client of the provider, registration id {@code irtiqa}: endpoints from the
 * issuer's discovery document (the end-session endpoint too, for sign-out), authorization code
 * with PKCE although the client is confidential (security.md). Looked up on the first sign-in,
 * not at start-up, and again after a failed lookup, so a service starts while the provider is down
 * (as its token decoder does).
 */
final class ProviderRegistration {

    private ProviderRegistration() {}

    static ClientRegistrationRepository lazy(String issuerUri, BrowserSignInProperties properties) {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("irtiqa.security.browser-sign-in needs irtiqa.security.issuer-uri");
        }
        return new SupplierClientRegistrationRepository(
                () -> new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(issuerUri)
                        .registrationId(REGISTRATION_ID)
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                        .clientSettings(ClientRegistration.ClientSettings.builder()
                                .requireProofKey(true)
                                .build())
                        .build()));
    }
}
