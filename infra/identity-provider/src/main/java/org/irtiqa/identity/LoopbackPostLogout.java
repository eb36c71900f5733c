package org.irtiqa.identity;

import java.net.URI;
import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;

/**
 * Where sign-out may return: a registered post-logout URI, where for the loopback address any
 * port matches — as Spring Authorization Server already allows for loopback redirect URIs (RFC
 * 8252 §7.3), so that a dashboard on a free port of a test (or a second {@code ./irtiqa run}) signs
 * out and comes back to itself. Anything else must match exactly, as the default validator says.
 */
final class LoopbackPostLogout implements Consumer<OidcLogoutAuthenticationContext> {

    @Override
    public void accept(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken logout = context.getAuthentication();
        String requested = logout.getPostLogoutRedirectUri();
        if (requested == null || requested.isBlank()) {
            return;
        }
        boolean registered = context.getRegisteredClient().getPostLogoutRedirectUris().stream()
                .anyMatch(uri -> uri.equals(requested) || sameLoopbackExceptPort(uri, requested));
        if (!registered) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    OAuth2ErrorCodes.INVALID_REQUEST,
                    "OpenID Connect 1.0 Logout Request Parameter: post_logout_redirect_uri",
                    "https://openid.net/specs/openid-connect-rpinitiated-1_0.html#ValidationAndErrorHandling"));
        }
    }

    private static boolean sameLoopbackExceptPort(String registered, String requested) {
        try {
            URI a = URI.create(registered);
            URI b = URI.create(requested);
            return "http".equals(a.getScheme())
                    && "http".equals(b.getScheme())
                    && "127.0.0.1".equals(a.getHost())
                    && "127.0.0.1".equals(b.getHost())
                    && a.getRawPath().equals(b.getRawPath())
                    && a.getRawQuery() == null
                    && b.getRawQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
