package org.irtiqa.support.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refused requests as metrics ({@code irtiqa.security.refused}, tagged by status and whether a
 * token was sent) and a rate-limited log line: a 401 carries no identity, so it is never an audit
 * row (security.md), and a flood of them must not flood the log either.
 */
final class RefusalMetrics {

    private static final Logger log = LoggerFactory.getLogger(RefusalMetrics.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final Counter withoutToken;
    private final Counter invalidToken;
    private final Counter forbidden;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
    private final AtomicLong unloggedSince = new AtomicLong();

    RefusalMetrics(MeterRegistry registry) {
        this.withoutToken = counter(registry, "401", "false");
        this.invalidToken = counter(registry, "401", "true");
        this.forbidden = counter(registry, "403", "true");
    }

    private static Counter counter(MeterRegistry registry, String status, String token) {
        return Counter.builder("irtiqa.security.refused")
                .description("Requests refused by authentication (401) or authorisation (403)")
                .tag("status", status)
                .tag("token", token)
                .register(registry);
    }

    void unauthenticated(HttpServletRequest request, boolean tokenSent) {
        (tokenSent ? invalidToken : withoutToken).increment();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogged.compareAndSet(last, now)) {
            long more = unloggedSince.getAndSet(0);
            log.info(
                    "401 for {} {} ({}); {} more 401s since the last such line",
                    request.getMethod(),
                    request.getRequestURI(),
                    tokenSent ? "invalid token" : "no token",
                    more);
        } else {
            unloggedSince.incrementAndGet();
        }
    }

    void forbidden(HttpServletRequest request) {
        forbidden.increment();
    }
}
