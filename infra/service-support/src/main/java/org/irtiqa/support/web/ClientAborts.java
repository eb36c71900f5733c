package org.irtiqa.support.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A client that hangs up before its answer is written (a closed browser tab, a timed-out
 * dashboard, a curl piped to {@code head}) is not an error of the service: the answer has nowhere
 * to go, so nothing is written, the event is logged at DEBUG without a stack trace, and counted
 * in {@code http.client.aborts} — one counter without tags, so that its cost does not grow with
 * the kinds of failure. Recognised: Spring's {@link AsyncRequestNotUsableException}, the
 * servlet container's own abort exception (Tomcat's {@code ClientAbortException}, Jetty's
 * {@code EofException}), and an {@link IOException} saying "Broken pipe" or "Connection reset by
 * peer" while the response is being written (under {@link HttpMessageNotWritableException}, or
 * once the response is committed) — the same words from a database connection stay errors.
 */
final class ClientAborts {

    private static final Logger log = LoggerFactory.getLogger(ClientAborts.class);

    private static final Set<String> CONTAINER_ABORTS =
            Set.of("org.apache.catalina.connector.ClientAbortException", "org.eclipse.jetty.io.EofException");

    private static final String[] HANG_UP_MESSAGES = {"broken pipe", "connection reset by peer"};

    private final Counter aborts;

    ClientAborts(MeterRegistry registry) {
        this.aborts = Counter.builder("http.client.aborts")
                .description("Requests whose client hung up before the answer was written")
                .register(registry);
    }

    /** Whether {@code failure} is a client hanging up; if so, it has been counted and logged. */
    boolean handled(Throwable failure, WebRequest request) {
        if (!isClientAbort(failure, committed(request))) {
            return false;
        }
        aborts.increment();
        if (log.isDebugEnabled()) {
            log.debug(
                    "The client hung up before the answer to {} was written: {}",
                    request.getDescription(false),
                    innermost(failure));
        }
        return true;
    }

    static boolean isClientAbort(Throwable failure, boolean committed) {
        boolean writing = committed;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException
                    || CONTAINER_ABORTS.contains(t.getClass().getName())) {
                return true;
            }
            writing |= t instanceof HttpMessageNotWritableException;
            if (writing && t instanceof IOException && saysHungUp(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysHungUp(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String words : HANG_UP_MESSAGES) {
            if (lower.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean committed(WebRequest request) {
        HttpServletResponse response =
                request instanceof NativeWebRequest n ? n.getNativeResponse(HttpServletResponse.class) : null;
        return response != null && response.isCommitted();
    }

    private static String innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
