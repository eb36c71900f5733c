package org.irtiqa.support.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the idempotency keys older than the retention (at least 24 h, api.md), hourly, on a
 * thread of its own. Deliberately not a {@code ScheduledExecutorService} bean: Spring takes a
 * unique one for the scheduler of every {@code @Scheduled} method of the service (and Boot then
 * makes none of its own), so the services' flushes and samplers all ran on this one thread.
 */
final class IdempotencyCleaner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleaner.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("idempotency-cleaner").factory());

    IdempotencyCleaner(IdempotencyKeys keys, Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException(
                    "irtiqa.idempotency.retention must be at least 24h (api.md), not " + retention);
        }
        executor.scheduleWithFixedDelay(() -> clean(keys, retention), 1, 60, TimeUnit.MINUTES);
    }

    private static void clean(IdempotencyKeys keys, Duration retention) {
        try {
            int deleted = keys.deleteOlderThan(retention);
            log.debug("Deleted {} idempotency keys older than {}", deleted, retention);
        } catch (RuntimeException e) {
            log.warn("Could not delete old idempotency keys; will try again in an hour", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
