package org.irtiqa.support.outbox;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the declared topics before the relay sends, retrying (at most every 5 s) until it
 * succeeds once. When Kafka was down at start-up, Spring's KafkaAdmin could not create them, and
 * the first send would otherwise auto-create a topic with the broker's defaults (wrong partition
 * count, finite retention) or, without auto-creation, fail until the next restart.
 */
final class TopicsOnce {

    private static final Logger log = LoggerFactory.getLogger(TopicsOnce.class);
    private static final long RETRY_NANOS = 5_000_000_000L;

    private final BooleanSupplier create;
    private boolean done;
    private long triedAt;
    private boolean tried;

    TopicsOnce(BooleanSupplier create) {
        this.create = create;
    }

    void ensure() {
        long now = System.nanoTime();
        if (done || (tried && now - triedAt < RETRY_NANOS)) {
            return;
        }
        tried = true;
        triedAt = now;
        try {
            done = create.getAsBoolean();
        } catch (RuntimeException e) {
            log.debug("Declared topics not created yet: {}", e.toString());
        }
    }
}
