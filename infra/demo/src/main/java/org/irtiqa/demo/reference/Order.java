package org.irtiqa.demo.reference;

import java.time.Instant;
import java.util.Comparator;

/**
 * readiness-metrics.md "Corrections", the one order-free rule, written here from its text (not
 * taken from the services): among the events about one thing the highest {@code revision} wins,
 * ties broken by the later {@code occurredAt}, then by the greater {@code eventId} as a canonical
 * lower-case string.
 */
public record Order(long revision, Instant occurredAt, String eventId) {

    private static final Comparator<Order> ORDER = Comparator.comparingLong(Order::revision)
            .thenComparing(Order::occurredAt)
            .thenComparing(Order::eventId);

    static Order of(long revision, Event.Meta meta) {
        return new Order(revision, meta.occurredAt(), meta.eventId());
    }

    /** True when an event at this place replaces the state folded from one at {@code other}. */
    boolean supersedes(Order other) {
        return other == null || ORDER.compare(this, other) > 0;
    }
}
