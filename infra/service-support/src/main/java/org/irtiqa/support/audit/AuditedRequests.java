package org.irtiqa.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.irtiqa.support.events.CorrelationIds;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.Instants;
import org.irtiqa.support.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the trail notes of a request, and nothing more (security.md: no body, no personal data):
 * the signed-in {@link Caller}'s {@code sub} and roles, the method, Spring MVC's path template
 * (so that {@code /api/enrolments/{id}/withdrawal} is one path however many ids it is asked for),
 * the resource id, the correlation id.
 */
final class AuditedRequests {

    private final Clock clock;

    AuditedRequests(Clock clock) {
        this.clock = clock;
    }

    /** The signed-in caller of the current request, or null (no token, or not one of ours). */
    static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }

    /** The record of a request that has just come in; its path and status are filled in later. */
    AuditRecord start(HttpServletRequest request, Caller caller) {
        return new AuditRecord(
                EventIds.next(),
                Instants.now(clock),
                caller.subject(),
                caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                request.getMethod(),
                path(request),
                null,
                0,
                CorrelationIds.current());
    }

    /** The record once the request has run: its template, resource id and final status. */
    static AuditRecord finish(AuditRecord started, HttpServletRequest request, int status, String location) {
        return new AuditRecord(
                started.id(),
                started.time(),
                started.sub(),
                started.roles(),
                started.method(),
                template(request),
                resourceId(request, status, location),
                status,
                started.correlationId());
    }

    /** The best-matching pattern Spring MVC found, else (no handler: a 404, a refusal) the path. */
    static String template(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? path(request) : pattern.toString();
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The path's {@code {id}} or {@code {code}}, else the last segment of a 201's Location. */
    static String resourceId(HttpServletRequest request, int status, String location) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (String name : new String[] {"id", "code"}) {
                if (variables.get(name) instanceof String value) {
                    return value;
                }
            }
        }
        if (status == 201 && location != null && !location.isBlank()) {
            String path = location.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return null;
    }
}
