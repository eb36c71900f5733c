package org.irtiqa.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses request bodies over the limit with a 413 problem: at once when Content-Length says so,
 * otherwise while the body is read (chunked bodies, or a Content-Length that lies), so that no
 * client can make the service buffer an unbounded body.
 */
public final class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long largeBytes;
    private final List<PathPattern> largePaths;

    BodySizeFilter(WebLimitsProperties properties) {
        this.maxBytes = properties.maxBodySize().toBytes();
        this.largeBytes = properties.largeBodySize().toBytes();
        this.largePaths = properties.largeBodyPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            // the body is not read; the connection is closed rather than drained
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, problem(limit), request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return largePaths.stream().anyMatch(p -> p.matches(container)) ? largeBytes : maxBytes;
    }

    /** The 413 problem for a body over {@code limit} bytes. */
    public static ProblemDetail problem(long limit) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "The request body exceeds the limit of " + limit + " bytes");
    }

    /** The size failure somewhere in a cause chain (Jackson and CSV readers wrap it), or null. */
    static PayloadTooLargeException tooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException e) {
                return e;
            }
        }
        return null;
    }
}
