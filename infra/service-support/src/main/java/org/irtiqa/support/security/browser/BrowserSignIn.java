package org.irtiqa.support.security.browser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The dashboard's sign-in (security.md, "The dashboard"), added to the one filter chain of
 * service-support when {@code irtiqa.security.browser-sign-in.enabled} is true: a session instead
 * of statelessness, the authorization-code flow with PKCE, CSRF for cookie-authenticated writes,
 * and sign-out at the service and at the provider. An interface naming only Spring Security's
 * core types, so that the chain's configuration loads in a service without an OAuth2 client on
 * its classpath (registration and scheduling stay bearer-only).
 */
public interface BrowserSignIn {

    /**
     * Configures {@code http} for browser sessions. A session's caller is read from its access
     * token by the same {@code decoder} and {@code claims} as a bearer token's, so roles and
     * institution scope are the same whichever way a person calls.
     */
    void configure(HttpSecurity http, JwtDecoder decoder, Converter<Jwt, ? extends AbstractAuthenticationToken> claims)
            throws Exception;
}
