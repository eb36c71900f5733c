package org.irtiqa.scheduling.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * A record of a consumed topic that could not be applied: its place in the topic, the error, and
 * when it was dead-lettered. {@code replayedAt} is set once its bytes have been sent back.
 */
public record DeadLetter(
        UUID id, String topic, int partition, long offset, String error, Instant time, Instant replayedAt) {}
