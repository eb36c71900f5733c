package org.irtiqa.support.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every instant the services take in or make is truncated to milliseconds first (events.md):
 * Avro's timestamp-millis keeps no more, so the API and the events always agree.
 */
public final class Instants {

    private Instants() {}

    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant now(Clock clock) {
        return truncate(clock.instant());
    }
}
