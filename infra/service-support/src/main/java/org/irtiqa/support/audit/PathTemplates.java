package org.irtiqa.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The path template of a request that Spring MVC never saw: one refused by the security filter
 * chain. Asks the controllers' handler mappings which pattern would have served it, so that a
 * flood of refusals over many ids ({@code /api/participants/{id}}) still merges into one row a
 * minute; the plain path when none would have (an unknown path, another method).
 */
final class PathTemplates {

    private static final Logger log = LoggerFactory.getLogger(PathTemplates.class);

    private final List<RequestMappingHandlerMapping> mappings;

    PathTemplates(List<RequestMappingHandlerMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    String of(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) == null) {
            resolve(request);
        }
        return AuditedRequests.template(request);
    }

    private void resolve(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (RequestMappingHandlerMapping mapping : mappings) {
                try {
                    // a match leaves its pattern in the request's BEST_MATCHING_PATTERN_ATTRIBUTE
                    if (mapping.getHandler(request) != null) {
                        return;
                    }
                } catch (Exception e) {
                    // e.g. HttpRequestMethodNotSupportedException: no pattern serves this method
                    log.debug(
                            "No path template for {} {}: {}",
                            request.getMethod(),
                            request.getRequestURI(),
                            e.toString());
                }
            }
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }
}
