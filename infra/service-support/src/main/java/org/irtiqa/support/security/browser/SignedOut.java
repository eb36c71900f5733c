package org.irtiqa.support.security.browser;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * After {@code POST /logout} has ended the session here: on to the provider's end-session
 * endpoint (OpenID Connect RP-initiated logout, with the ID token as hint and this service's root
 * to come back to). A plain form post gets the redirect; the page's script, which must send the
 * CSRF token in a header and so posts with {@code fetch}, asks for JSON and gets
 * {@code {"redirect": "…"}} to navigate to — a {@code fetch} cannot follow a redirect to another
 * origin as a navigation, and a form could not carry the header.
 */
final class SignedOut extends OidcClientInitiatedLogoutSuccessHandler {

    SignedOut(ClientRegistrationRepository registrations) {
        super(registrations);
        setPostLogoutRedirectUri("{baseUrl}/");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException, ServletException {
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            super.onLogoutSuccess(request, response, signedIn);
            return;
        }
        String target = determineTargetUrl(request, response, signedIn);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter()
                .write("{\"redirect\":\"" + target.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
