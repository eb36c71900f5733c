package org.irtiqa.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.irtiqa.support.events.CorrelationIds;
import org.irtiqa.support.events.EventIds;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the client's {@code X-Correlation-Id} when it is a sane
 * token, else a new UUIDv7. It is echoed on the response, put in the MDC for the logs, and stamped
 * by {@code EventMetadataFactory} on every event the request causes.
 */
public final class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = CorrelationIds.isAcceptable(given) ? given : EventIds.next().toString();
        response.setHeader(HEADER, id);
        try (CorrelationIds.Scope ignored = CorrelationIds.open(id)) {
            chain.doFilter(request, response);
        }
    }
}
