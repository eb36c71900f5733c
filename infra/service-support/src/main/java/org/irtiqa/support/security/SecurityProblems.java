package org.irtiqa.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.irtiqa.support.web.ProblemResponses;
import org.irtiqa.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as security.md says: the {@code WWW-Authenticate} header of RFC 6750 (Spring's bearer
 * handlers write it: {@code error="invalid_token"} where a token was sent) and a problem-details
 * body, answered before the request's body is read.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final RefusalMetrics metrics;

    SecurityProblems(RefusalMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        boolean tokenSent = request.getHeader("Authorization") != null;
        metrics.unauthenticated(request, tokenSent);
        ProblemResponses.write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        tokenSent
                                ? "The bearer token is not valid here (malformed, expired, wrongly signed, or for"
                                        + " another issuer or audience); sign in again"
                                : "Sign in first: this request needs a bearer token"),
                path(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerDenied.handle(request, response, denied);
        metrics.forbidden(request);
        org.irtiqa.support.audit.Refusals.record(request); // the audit trail's merged 403 row
        String detail = denied instanceof CsrfException
                ? "This request rides on a session cookie but lacks its CSRF token (the X-XSRF-TOKEN header)"
                : "Your role does not allow this request";
        ProblemResponses.write(response, forbidden(detail), path(request));
    }

    static org.springframework.http.ProblemDetail forbidden(String detail) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
