package org.irtiqa.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers of security.md on every response: a Content-Security-Policy that allows scripts
 * from the service itself only (no inline script, no inline handler; inline styles stay allowed,
 * the API documents' UI uses them), framing by no one, no MIME sniffing, no referrer, and
 * Strict-Transport-Security on requests that came over TLS (Spring writes it only then).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(options -> {})
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)));
    }
}
