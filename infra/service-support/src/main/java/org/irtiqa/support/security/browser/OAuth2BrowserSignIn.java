package org.irtiqa.support.security.browser;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The backend for frontend of security.md on Spring Security's own parts: {@code oauth2Login} with
 * the session id changed at sign-in, the tokens in the session (in PostgreSQL through Spring
 * Session, so any instance serves any signed-in person), CSRF tokens in a cookie the page's script
 * reads ({@code XSRF-TOKEN}, sent back as {@code X-XSRF-TOKEN}) for writes that ride on the session
 * cookie, and {@code POST /logout} ending the session here and at the provider (OpenID Connect
 * RP-initiated logout, back to this service's root).
 *
 * <p>The provider's user-info endpoint is not called: who someone is, and what they may do, comes
 * from the access token ({@link SessionCaller}), and the service wants no names or e-mails in its
 * sessions. A request with {@code Authorization: Bearer} carries no ambient credential and needs no CSRF
 * token, nor does one without a session (it is refused with the usual 401 instead). A failed
 * sign-in goes back to the page, never to the provider again, so it cannot loop.
 */
final class OAuth2BrowserSignIn implements BrowserSignIn {

    static final String SIGN_IN = "/oauth2/authorization/" + BrowserSignInProperties.REGISTRATION_ID;

    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OAuth2AuthorizedClientManager clientManager;
    private final Duration absoluteTimeout;

    OAuth2BrowserSignIn(
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            OAuth2AuthorizedClientManager clientManager,
            Duration absoluteTimeout) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
        this.clientManager = clientManager;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    public void configure(
            HttpSecurity http, JwtDecoder decoder, Converter<Jwt, ? extends AbstractAuthenticationToken> claims)
            throws Exception {
        // Who someone is comes from the access token; the user-info endpoint's names are not wanted.
        var idTokenOnly = new OidcUserService();
        idTokenOnly.setRetrieveUserInfo(request -> false);
        // Sessions if required (the default): naming the policy would also make Spring save any
        // request's authentication in a session, a bearer token's too, and those must stay stateless.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .oauth2Login(login -> login.clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(idTokenOnly))
                        .loginPage(SIGN_IN)
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/?sign-in=failed"))
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(
                                OAuth2BrowserSignIn::carriesBearerToken, request -> request.getSession(false) == null))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(new SignedOut(registrations)))
                .addFilterBefore(
                        new SessionLifetime(absoluteTimeout, Clock.systemUTC()), SecurityContextHolderFilter.class)
                .addFilterAfter(
                        new SessionCaller(clientManager, decoder, claims), BearerTokenAuthenticationFilter.class);
    }

    private static boolean carriesBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
