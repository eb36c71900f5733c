package org.irtiqa.support.security.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a signed-in session into the caller its access token names, for this request only: the
 * session's token (refreshed by the authorized-client manager when it is about to expire) is
 * decoded and read exactly as a bearer token is, so roles and institution come from the access
 * token's claims and never from the ID token or user info. A token that cannot be refreshed or no
 * longer verifies ends the session; the request goes on unauthenticated (401 for the API).
 */
final class SessionCaller extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionCaller.class);

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final OAuth2AuthorizedClientManager clients;
    private final JwtDecoder decoder;
    private final Converter<Jwt, ? extends AbstractAuthenticationToken> claims;

    SessionCaller(
            OAuth2AuthorizedClientManager clients,
            JwtDecoder decoder,
            Converter<Jwt, ? extends AbstractAuthenticationToken> claims) {
        this.clients = clients;
        this.decoder = decoder;
        this.claims = claims;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (contexts.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn) {
            SecurityContext context = contexts.createEmptyContext();
            AbstractAuthenticationToken caller = callerOf(signedIn, request, response);
            if (caller != null) {
                context.setAuthentication(caller);
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            // Not saved: the session keeps the sign-in, each request reads its token afresh.
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private AbstractAuthenticationToken callerOf(
            OAuth2AuthenticationToken signedIn, HttpServletRequest request, HttpServletResponse response) {
        try {
            OAuth2AuthorizedClient client = clients.authorize(
                    OAuth2AuthorizeRequest.withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                            .principal(signedIn)
                            .attribute(HttpServletRequest.class.getName(), request)
                            .attribute(HttpServletResponse.class.getName(), response)
                            .build());
            if (client == null) {
                return null;
            }
            return claims.convert(decoder.decode(client.getAccessToken().getTokenValue()));
        } catch (OAuth2AuthorizationException | JwtException e) {
            log.info(
                    "Session of subject {} ended: its access token could not be refreshed or verified ({})",
                    signedIn.getName(),
                    e.getMessage());
            return null;
        }
    }
}
