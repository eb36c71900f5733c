package org.irtiqa.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.irtiqa.identity.DemoAccounts.Account;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Makes an access token what the services expect of any provider (security.md): header {@code typ}
 * {@code at+jwt} (RFC 9068, so an ID token is never taken for one), {@code aud} our audience instead
 * of Spring Authorization Server's client id, and the account's {@code roles} and
 * {@code institution}. The account is the principal's: the client for client credentials, the user
 * for the authorization code, so both grants give one account the same claims. ID tokens are left
 * as Spring Authorization Server makes them (no typ header, aud the client id).
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audience;

    AccessTokenClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getJwsHeader().type("at+jwt");
        JwtClaimsSet.Builder claims = context.getClaims();
        Account account = DemoAccounts.find(context.getPrincipal().getName()).orElse(null);
        List<String> roles = account == null ? List.of() : account.roles();
        claims.claim("roles", roles);
        if (account != null && account.institution() != null) {
            claims.claim("institution", account.institution());
        }
        if (context.getAuthorizedScopes().isEmpty()) {
            claims.claim("scope", Set.copyOf(context.getRegisteredClient().getScopes()));
        }
        DemoAccounts.Quirk quirk = account == null ? DemoAccounts.Quirk.NONE : account.quirk();
        claims.audience(List.of(quirk == DemoAccounts.Quirk.OTHER_AUDIENCE ? "other-service" : audience));
        if (quirk == DemoAccounts.Quirk.EXPIRED) {
            Instant now = Instant.now();
            Instant tenMinutesAgo = now.minus(Duration.ofMinutes(10));
            claims.issuedAt(tenMinutesAgo).notBefore(tenMinutesAgo).expiresAt(now.minus(Duration.ofMinutes(5)));
        }
    }
}
