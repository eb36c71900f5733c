package org.irtiqa.support.deadletter;

import java.time.Instant;
import java.util.UUID;

/** A dead-lettered record as the admin API shows it (its bytes stay in the table, for replay). */
public record DeadLetter(
        UUID id,
        String topic,
        int partition,
        long offset,
        String key,
        String error,
        String exceptionClass,
        Instant time,
        Instant replayedAt) {}
