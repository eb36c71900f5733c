package org.irtiqa.identity;

import java.time.Duration;
import org.irtiqa.identity.DemoAccounts.Account;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered clients, synthesised from {@link DemoAccounts} at each lookup rather than listed,
 * so that any {@code coordinator-<CODE>} is a client on first use. The client id doubles as the
 * registration id, so a lookup by either finds the same client.
 */
final class DemoClients implements RegisteredClientRepository {

    /** The scope a client-credentials token carries when the request names none (RFC 6749 §3.3). */
    static final String DEFAULT_SCOPE = "irtiqa";

    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(10);

    private final IdentityProperties properties;

    DemoClients(IdentityProperties properties) {
        this.properties = properties;
    }

    /**
     * Ignored: the clients are data in the source. Spring Authorization Server calls it to re-encode
     * a secret stored with a weaker encoder ({noop} here), which would change nothing.
     */
    @Override
    public void save(RegisteredClient registeredClient) {}

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return DemoAccounts.find(clientId).map(this::client).orElse(null);
    }

    private RegisteredClient client(Account account) {
        RegisteredClient.Builder client = RegisteredClient.withId(account.name())
                .clientId(account.name())
                .clientSecret("{noop}" + account.password())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(ACCESS_TOKEN_TTL)
                        .build());
        if (account.kind() == DemoAccounts.Kind.DASHBOARD) {
            return client.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .redirectUris(uris -> uris.addAll(properties.dashboardRedirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(properties.dashboardPostLogoutUris()))
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
        }
        return client.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(DEFAULT_SCOPE)
                .build();
    }
}
