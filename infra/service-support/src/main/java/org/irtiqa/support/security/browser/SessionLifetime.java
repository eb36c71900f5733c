package org.irtiqa.support.security.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a session (security.md: 10 hours, however busy). Spring Session ends an
 * idle session by itself but renews a busy one forever, so this filter, ahead of the security
 * context, ends a session older than the limit: the request then goes on as if it had none (an
 * API call gets the 401 that tells the page to sign in again).
 */
final class SessionLifetime extends OncePerRequestFilter {

    private final Duration limit;
    private final Clock clock;

    SessionLifetime(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        return Instant.ofEpochMilli(session.getCreationTime()).plus(limit).isBefore(clock.instant());
    }
}
